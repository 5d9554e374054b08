import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMigrationList } from '../../src/storage/migrate.js';
import { addKnownWords, listKnownWords, migrate, MIGRATIONS, openDatabase, schemaVersion, StorageError, type Migration } from '../../src/storage/index.js';

const home = mkdtempSync(join(tmpdir(), 'zhcards-db-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(home, `case-${++n}`, 'zhcards.db');
const NOW = new Date('2026-11-30T08:00:00Z');

function tables(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

function openError(path: string, migrations?: readonly Migration[]): StorageError {
  try {
    openDatabase(path, { migrations })?.close();
  } catch (e) {
    return e as StorageError;
  }
  throw new Error('expected openDatabase to fail');
}

describe('opening the learner database', () => {
  it('creates the folder and file with every migration applied, in WAL mode', () => {
    const path = freshPath();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    db.close();
    expect(tables(path)).toEqual(expect.arrayContaining(['articles', 'ignored_words', 'known_words', 'settings']));
  });

  it('upgrades an older schema in place and keeps its data', () => {
    const path = freshPath();
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    addKnownWords(v1, ['调研'], 'cli', NOW);
    v1.close();
    const notes: Migration = { version: MIGRATIONS.length + 1, name: 'test: word notes', up: (db) => db.exec('CREATE TABLE word_notes (word TEXT PRIMARY KEY, note TEXT)') };
    const db = openDatabase(path, { migrations: [...MIGRATIONS, notes] });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    expect(listKnownWords(db).map((w) => w.word)).toEqual(['调研']);
    db.close();
    expect(tables(path)).toContain('word_notes');
  });

  it('an existing empty file (0 bytes) is a new database, not an error', () => {
    const path = freshPath();
    openDatabase(join(path, '..', 'other.db')).close();
    writeFileSync(path, '');
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('reopening a current file applies no migration again', () => {
    const path = freshPath();
    openDatabase(path).close();
    const db = new BetterSqlite3(path);
    expect(migrate(db, MIGRATIONS, path)).toEqual([]);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a newer schema with one clear line, leaving the file as it was', () => {
    const path = freshPath();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    const before = readFileSync(path);
    const e = openError(path);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.message).toContain(path);
    expect(e.message).toMatch(/newer than this zhcards knows.*update zhcards/);
    expect(e.message).not.toContain('\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a corrupt file with its path and never writes to it', () => {
    const dir = join(home, 'corrupt');
    const path = join(dir, 'zhcards.db');
    const garbage = Buffer.from('这不是数据库 not a database '.repeat(200));
    rmSync(dir, { recursive: true, force: true });
    openDatabase(join(dir, 'other.db')).close();
    rmSync(join(dir, 'other.db'));
    writeFileSync(path, garbage);
    const e = openError(path);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(path);
    expect(e.message).toMatch(/damaged.*left untouched/);
    expect(readFileSync(path).equals(garbage)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('zhcards.db'))).toEqual(['zhcards.db']);
  });

  it("refuses another program's SQLite file instead of adding tables to it", () => {
    const path = freshPath();
    openDatabase(path).close();
    rmSync(path);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    const other = new BetterSqlite3(path);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    expect(openError(path).message).toMatch(/not a zhcards database/);
    expect(tables(path)).toEqual(['recipes']);
  });

  it('a misnumbered migration list (two branches both adding version 2) fails at once', () => {
    const a: Migration = { version: 2, name: 'a', up: () => {} };
    const b: Migration = { version: 2, name: 'b', up: () => {} };
    expect(() => checkMigrationList([MIGRATIONS[0]!, a, b])).toThrow(/'b' is version 2 at position 3/);
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
  });

  it('two processes writing at once, starting from no file: every write lands', async () => {
    const path = freshPath();
    const go = join(home, `go-${n}`);
    expect(existsSync(path)).toBe(false);
    const script = new URL('../fixtures/storage/add-known.ts', import.meta.url).pathname;
    const cwd = new URL('../..', import.meta.url).pathname;
    const count = 300;
    const children = ['甲', '乙'].map((prefix) => spawn(process.execPath, ['--import', 'tsx', script, path, prefix, String(count), go], { cwd }));
    const outputs = children.map((c) => {
      let out = '';
      c.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const ready = new Promise<void>((resolve) => c.stdout.on('data', () => out.includes('ready') && resolve()));
      const done = new Promise<string>((resolve, reject) => c.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}`)))));
      return { ready, done };
    });
    // Both have opened (and migrated) the same fresh file before either writes; then they race.
    await Promise.all(outputs.map((o) => Promise.race([o.ready, o.done])));
    writeFileSync(go, '');
    const spans = (await Promise.all(outputs.map((o) => o.done))).map((out) => JSON.parse(out.split('\n')[1]!) as [number, number]);
    const db = openDatabase(path);
    const words = listKnownWords(db);
    db.close();
    expect(words).toHaveLength(2 * count);
    expect(new Set(words.map((w) => w.source))).toEqual(new Set(['child-甲', 'child-乙']));
    // The write windows overlapped, so the busy timeout and transactions were really exercised.
    expect(spans[0]![0] <= spans[1]![1] && spans[1]![0] <= spans[0]![1]).toBe(true);
  });
});
