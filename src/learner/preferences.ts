/**
 * Which level, order and card kinds a run uses: what the learner typed, else what they chose
 * last time (saved in the database), else the defaults. Only explicit choices are saved.
 */
import { DEFAULT_CARD_KINDS, type CardKind } from '../cards/index.js';
import type { SortOrder } from '../domain/types.js';
import type { Settings } from '../storage/index.js';

export const DEFAULT_LEVEL = 3;
export const DEFAULT_SORT: SortOrder = 'useful';

/** As given on the command line or in the app; null = not chosen this time. */
export interface GivenPreferences {
  level: number | null;
  sort: SortOrder | null;
  cardKinds?: readonly CardKind[] | null;
}

export interface Preferences {
  level: number;
  sort: SortOrder;
  cardKinds: CardKind[];
}

export function choosePreferences(given: GivenPreferences, saved: Partial<Settings>): Preferences {
  return {
    level: given.level ?? saved.level ?? DEFAULT_LEVEL,
    sort: given.sort ?? saved.sort ?? DEFAULT_SORT,
    cardKinds: [...(given.cardKinds ?? saved.cardKinds ?? DEFAULT_CARD_KINDS)],
  };
}

/** The settings to save: only what was chosen explicitly (levels are HSK 2.0 until issue 11). */
export function settingsToRemember(given: GivenPreferences): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (given.level !== null) Object.assign(out, { level: given.level, levelSystem: 'hsk2' });
  if (given.sort !== null) out.sort = given.sort;
  if (given.cardKinds) out.cardKinds = [...given.cardKinds];
  return out;
}
