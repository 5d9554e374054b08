/**
 * Schema versions: `PRAGMA user_version` counts the migrations applied. Each pending one runs
 * in its own IMMEDIATE transaction (re-checking the version inside it, so two processes opening
 * a fresh file at once apply each step exactly once). A newer file is refused, never downgraded.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { StorageError } from './errors.js';

export interface Migration {
  /** 1, 2, 3… in list order; checked, so a merge that numbers two migrations alike fails fast. */
  version: number;
  /** What it adds, for messages and the README. */
  name: string;
  up(db: BetterSqlite3.Database): void;
}

/** 'zhck': marks the file as ours, so another program's SQLite file is never migrated. */
export const APPLICATION_ID = 0x7a68636b;

export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order: '${m.name}' is version ${m.version} at position ${i + 1}`);
  });
}

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertOurs(db: BetterSqlite3.Database, path: string, latest: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (appId !== 0 && appId !== APPLICATION_ID) throw new StorageError(`${path} is not a zhcards database (another program's file); it was left untouched`);
  if (version > latest) {
    throw new StorageError(`the database ${path} has schema version ${version}, newer than this zhcards knows (${latest}); update zhcards`);
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new StorageError(`${path} is not a zhcards database (it has other tables); it was left untouched`);
  }
}

/** Brings the file up to the newest version. Returns the versions applied (empty when current). */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[], path: string): number[] {
  checkMigrationList(migrations);
  assertOurs(db, path, migrations.length);
  const applied: number[] = [];
  for (const m of migrations) {
    if (schemaVersion(db) >= m.version) continue;
    db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
