/**
 * The learner's preferences as a key/value table (JSON values). Each key has a checker, so a
 * value written by a newer or older zhcards that no longer makes sense reads as unset, never
 * as a crash.
 */
import { isCardKind, type CardKind } from '../cards/index.js';
import type { SortOrder } from '../domain/types.js';
import { SORT_ORDERS } from '../select/index.js';
import type { Database } from './open-database.js';

export interface Settings {
  /** The learner's level in their level system (1–6 for HSK 2.0, 1–7 for HSK 3.0). */
  level: number;
  /** Which level system `level` is in: 'hsk2', 'hsk3', 'freq' or a level list's absolute path. */
  levelSystem: string;
  sort: SortOrder;
  /** Card kinds an export makes. */
  cardKinds: CardKind[];
  /** Study: FSRS desired retention (0.7–0.99), new cards and reviews per study day. */
  studyRetention: number;
  studyNewPerDay: number;
  studyReviewsPerDay: number;
}

export type SettingKey = keyof Settings;

const CHECKS: { [K in SettingKey]: (v: unknown) => v is Settings[K] } = {
  level: (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 20,
  levelSystem: (v): v is string => typeof v === 'string' && v.length > 0,
  sort: (v): v is SortOrder => (SORT_ORDERS as readonly unknown[]).includes(v),
  cardKinds: (v): v is CardKind[] => Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string' && isCardKind(k)),
  studyRetention: (v): v is number => typeof v === 'number' && v >= 0.7 && v <= 0.99,
  studyNewPerDay: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 9999,
  studyReviewsPerDay: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 99999,
};

/** Every stored setting that is still valid; unset keys are absent. */
export function readSettings(db: Database): Partial<Settings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const row of db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>) {
    if (!(row.key in CHECKS)) continue;
    const key = row.key as SettingKey;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    if (CHECKS[key](value)) out[key] = value;
  }
  return out as Partial<Settings>;
}

export function getSetting<K extends SettingKey>(db: Database, key: K): Settings[K] | undefined {
  return readSettings(db)[key];
}

/** Saves the given settings in one transaction; an invalid value is a programming error. */
export function writeSettings(db: Database, values: Partial<Settings>, now: Date): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(values) as Array<[SettingKey, unknown]>) {
      if (value === undefined) continue;
      if (!CHECKS[key](value)) throw new TypeError(`invalid setting ${key}: ${JSON.stringify(value)}`);
      upsert.run(key, JSON.stringify(value), now.getTime());
    }
  }).immediate();
}

export function clearSetting(db: Database, key: SettingKey): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
