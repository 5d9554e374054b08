/**
 * The CLI's use of the learner database: open it unless --no-db, read and save preferences.
 * The database modules (and the native SQLite driver) load only when a database is used, so
 * `analyze --no-db` starts without them.
 */
import type { CardKind } from '../cards/index.js';
import { UsageError } from '../domain/errors.js';
// preferences.js, not the learner index: the index also brings the database modules.
import { choosePreferences, settingsToRemember, type Preferences } from '../learner/preferences.js';
import type { LevelSystem } from '../levels/index.js';
import { databasePath, projectRoot } from '../paths/index.js';
import type { KnownWords } from '../select/index.js';
import type { Database } from '../storage/index.js';
import type { AnalysisOptions } from './args.js';
import type { CliIo } from './io.js';

export interface LearnerContext {
  /** null with --no-db: nothing is read or written, not even a new file. */
  db: Database | null;
  preferences: Preferences;
  /** The database's known and ignored words, to add to `--known FILE`. */
  notHard: KnownWords[];
}

type Chosen = Pick<AnalysisOptions, 'db' | 'level' | 'sort'> & { levels?: string | null; cards?: CardKind[] | null };

export async function openLearner(opts: Chosen, io: CliIo): Promise<LearnerContext> {
  const given = { level: opts.level, sort: opts.sort, cardKinds: opts.cards ?? null, levels: opts.levels ?? null };
  if (!opts.db) return { db: null, preferences: choosePreferences(given, {}), notHard: [] };
  const [{ openDatabase, readSettings }, { wordsNotHard }] = await Promise.all([import('../storage/index.js'), import('../learner/index.js')]);
  const db = openDatabase(databasePath(io.env));
  try {
    return { db, preferences: choosePreferences(given, readSettings(db)), notHard: wordsNotHard(db) };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * The chosen level system (undefined for HSK 2.0, which needs nothing loaded) and the
 * learner's level checked against it: a typed level past its top is an error, a saved or
 * default one is kept inside it.
 */
export async function learnerSystem(ctx: LearnerContext, opts: Pick<AnalysisOptions, 'level'>): Promise<LevelSystem | undefined> {
  const spec = ctx.preferences.levels;
  const top = (s?: LevelSystem) => s?.scale.names.length ?? 6;
  let system: LevelSystem | undefined;
  if (spec !== 'hsk2') {
    const [{ chooseLevelSystem }, { loadLexicon }] = await Promise.all([import('../levels/index.js'), import('../lexicon/index.js')]);
    system = chooseLevelSystem(spec, loadLexicon(), projectRoot());
  }
  const name = system?.scale.title ?? 'HSK 2.0';
  if (opts.level !== null && opts.level > top(system)) throw new UsageError(`--level must be a whole number from 1 to ${top(system)} for ${name}, got '${opts.level}'`);
  ctx.preferences.level = Math.min(ctx.preferences.level, top(system));
  return system;
}

/** Explicit `--level`, `--levels`, `--sort` and `--cards` become the defaults of later runs. */
export async function rememberChoices(ctx: LearnerContext, opts: Chosen, now: Date): Promise<void> {
  if (!ctx.db) return;
  const { writeSettings } = await import('../storage/index.js');
  const settings = settingsToRemember({ level: opts.level, sort: opts.sort, cardKinds: opts.cards ?? null, levels: opts.levels ?? null }, ctx.preferences);
  if (Object.keys(settings).length) writeSettings(ctx.db, settings, now);
}
