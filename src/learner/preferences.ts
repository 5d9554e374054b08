/**
 * Which level, order and card kinds a run uses: what the learner typed, else what they chose
 * last time (saved in the database), else the defaults. Only explicit choices are saved.
 */
// kinds.js, not the cards index: preferences are read on every start, card building is not.
import { DEFAULT_CARD_KINDS, type CardKind } from '../cards/kinds.js';
import type { SortOrder } from '../domain/types.js';
import type { Settings } from '../storage/index.js';

export const DEFAULT_LEVEL = 3;
export const DEFAULT_SORT: SortOrder = 'useful';
/** The level system unless chosen: HSK 2.0, the engine's own scale. */
export const DEFAULT_LEVEL_SYSTEM = 'hsk2';

/** As given on the command line or in the app; null = not chosen this time. */
export interface GivenPreferences {
  level: number | null;
  sort: SortOrder | null;
  cardKinds?: readonly CardKind[] | null;
  /** `hsk2`, `hsk3`, `freq`, or an absolute path to a level list. */
  levels?: string | null;
}

export interface Preferences {
  level: number;
  levels: string;
  sort: SortOrder;
  cardKinds: CardKind[];
}

export function choosePreferences(given: GivenPreferences, saved: Partial<Settings>): Preferences {
  const levels = given.levels ?? saved.levelSystem ?? DEFAULT_LEVEL_SYSTEM;
  // A saved level belongs to the system it was chosen in (HSK 2.0 before levelSystem existed).
  const savedLevel = (saved.levelSystem ?? DEFAULT_LEVEL_SYSTEM) === levels ? saved.level : undefined;
  return {
    level: given.level ?? savedLevel ?? DEFAULT_LEVEL,
    levels,
    sort: given.sort ?? saved.sort ?? DEFAULT_SORT,
    cardKinds: [...(given.cardKinds ?? saved.cardKinds ?? DEFAULT_CARD_KINDS)],
  };
}

/** The settings to save: only what was chosen explicitly; a level is saved with its system. */
export function settingsToRemember(given: GivenPreferences, chosen: Pick<Preferences, 'levels' | 'level'> = { levels: DEFAULT_LEVEL_SYSTEM, level: DEFAULT_LEVEL }): Partial<Settings> {
  const out: Partial<Settings> = {};
  // A new system is saved with the level used in it, so the old system's level is not read as one of its.
  if (given.levels) Object.assign(out, { levelSystem: given.levels, level: chosen.level });
  if (given.level !== null) Object.assign(out, { level: given.level, levelSystem: given.levels ?? chosen.levels });
  if (given.sort !== null) out.sort = given.sort;
  if (given.cardKinds) out.cardKinds = [...given.cardKinds];
  return out;
}
