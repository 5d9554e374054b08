/**
 * Opens (creating when missing) the learner database: WAL so a reader never blocks the writer,
 * a busy timeout so two zhcards processes wait for each other instead of failing, then the
 * migrations. A damaged or foreign file is reported with its path and never written to.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { storageError, StorageError } from './errors.js';
import { migrate, type Migration } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

export type Database = BetterSqlite3.Database;

let driver: typeof BetterSqlite3 | undefined;

/** The native driver, loaded at the first open: `analyze --no-db` never pays for it. */
function sqlite(): typeof BetterSqlite3 {
  driver ??= createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  return driver;
}

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Tests open an older schema by passing a prefix of the list. */
  migrations?: readonly Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new StorageError(`cannot create the folder for the database ${path}: ${(e as Error).message}`);
  }
  let db: Database | undefined;
  try {
    db = new (sqlite())(path, { timeout: BUSY_TIMEOUT_MS });
    // Reading the header first: a file that is not SQLite fails here, before any write.
    db.pragma('schema_version');
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL survives a killed process (every commit is in the WAL file); only a
    // power cut can lose the last commits. FULL costs an fsync per commit (~8 ms here).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.migrations ?? MIGRATIONS, path);
    return db;
  } catch (e) {
    db?.close();
    throw storageError(e, path);
  }
}

/** An in-memory database with the full schema (tests, and callers that must not touch the disk). */
export function openMemoryDatabase(options: OpenOptions = {}): Database {
  const db = new (sqlite())(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, options.migrations ?? MIGRATIONS, ':memory:');
  return db;
}
