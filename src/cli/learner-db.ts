/** The CLI's use of the learner database: open it unless --no-db, read and save preferences. */
import type { CardKind } from '../cards/index.js';
import { choosePreferences, settingsToRemember, wordsNotHard, type Preferences } from '../learner/index.js';
import { databasePath } from '../paths/index.js';
import type { KnownWords } from '../select/index.js';
import { openDatabase, readSettings, writeSettings, type Database } from '../storage/index.js';
import type { AnalysisOptions } from './args.js';
import type { CliIo } from './io.js';

export interface LearnerContext {
  /** null with --no-db: nothing is read or written, not even a new file. */
  db: Database | null;
  preferences: Preferences;
  /** The database's known and ignored words, to add to `--known FILE`. */
  notHard: KnownWords[];
}

export function openLearner(opts: Pick<AnalysisOptions, 'db' | 'level' | 'sort'> & { cards?: CardKind[] | null }, io: CliIo): LearnerContext {
  const given = { level: opts.level, sort: opts.sort, cardKinds: opts.cards ?? null };
  if (!opts.db) return { db: null, preferences: choosePreferences(given, {}), notHard: [] };
  const db = openDatabase(databasePath(io.env));
  try {
    return { db, preferences: choosePreferences(given, readSettings(db)), notHard: wordsNotHard(db) };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Explicit `--level`, `--sort` and `--cards` become the defaults of later runs. */
export function rememberChoices(ctx: LearnerContext, opts: Pick<AnalysisOptions, 'level' | 'sort'> & { cards?: CardKind[] | null }, now: Date): void {
  if (!ctx.db) return;
  const settings = settingsToRemember({ level: opts.level, sort: opts.sort, cardKinds: opts.cards ?? null });
  if (Object.keys(settings).length) writeSettings(ctx.db, settings, now);
}
