// `zhcards known …` and how the learner database changes analyze/export, in-process.
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../src/paths/index.js';
import { addIgnoredWords, addKnownWords, listKnownWords, openDatabase, readSettings, recentArticles } from '../../src/storage/index.js';
import { article, expectOneLineError, tempDir, tempHome, zhcards } from './helpers.js';

const hardWords = async (args: string[], home: string): Promise<string[]> => {
  const r = await zhcards(['analyze', article, '--json', ...args], { home });
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out).vocab as Array<{ word: string; hard: boolean }>).filter((v) => v.hard).map((v) => v.word);
};

function withDb<T>(home: string, f: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(databasePath({ ZHCARDS_HOME: home }));
  try {
    return f(db);
  } finally {
    db.close();
  }
}

describe('zhcards known', { timeout: 60_000 }, () => {
  it('add, list and remove; traditional input is stored simplified; counts are honest', async () => {
    const home = tempHome();
    const add = await zhcards(['known', 'add', '高铁', '設計', '设计', 'xyzzy'], { home, now: new Date('2026-11-30T08:00:00Z') });
    expect(add.code, add.err).toBe(0);
    expect(add.out).toBe('Added 3 new known words; 1 not in the dictionary, kept anyway (xyzzy).\n');
    const again = await zhcards(['known', 'add', '高铁'], { home });
    expect(again.out).toBe('Added 0 new known words; 1 already known.\n');
    expect((await zhcards(['known', 'list'], { home })).out).toBe('xyzzy\n设计\n高铁\n');
    const rows = withDb(home, listKnownWords);
    expect(rows.find((w) => w.word === '设计')).toEqual({ word: '设计', addedAt: new Date('2026-11-30T08:00:00Z'), source: 'cli' });
    const rm = await zhcards(['known', 'remove', '設計', '不在'], { home });
    expect(rm.out).toBe('Removed 1 known word; 1 word was not in the list.\n');
    expect((await zhcards(['known', 'list'], { home })).out).toBe('xyzzy\n高铁\n');
  });

  it('import reads a plain list: comments, first tab/comma column, 简[繁], BOM and CRLF', async () => {
    const home = tempHome();
    const file = join(tempDir(), 'my words.txt');
    writeFileSync(file, '\uFEFF# HSK 4 words I know\r\n高铁\tgāo tiě\thigh-speed rail\r\n设计,shè jì\r\n春运[春運]\r\n\r\n高铁 # again\r\n');
    const r = await zhcards(['known', 'import', file], { home });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('Imported from my words.txt: 3 new known words.\n');
    expect(withDb(home, listKnownWords).map((w) => [w.word, w.source])).toEqual([
      ['春运', 'import:my words.txt'],
      ['设计', 'import:my words.txt'],
      ['高铁', 'import:my words.txt'],
    ]);
  });

  it('usage and file errors are one line; a bad import file leaves no database behind', async () => {
    const home = tempHome();
    expectOneLineError(await zhcards(['known', 'add'], { home }), 2, /give one or more words/);
    expectOneLineError(await zhcards(['known', 'frob'], { home }), 2, /unknown action 'frob'/);
    expectOneLineError(await zhcards(['known', 'import'], { home }), 2, /give one file/);
    const bin = join(tempDir(), 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    expectOneLineError(await zhcards(['known', 'import', bin], { home }), 1, /binary/);
    expect(existsSync(home)).toBe(false);
  });

  it('ignored words are a separate list with the same actions, and keep words off the hard list', async () => {
    const home = tempHome();
    const [first] = await hardWords(['--level', '4'], home);
    const add = await zhcards(['ignored', 'add', first!], { home });
    expect(add.out).toBe('Added 1 new ignored word.\n');
    expect((await zhcards(['ignored', 'list'], { home })).out).toBe(`${first}\n`);
    expect((await zhcards(['known', 'list'], { home })).out).toBe('');
    expect(await hardWords([], home)).not.toContain(first);
    expect((await zhcards(['ignored', 'remove', first!], { home })).out).toBe('Removed 1 ignored word.\n');
    expect(await hardWords([], home)).toContain(first);
  });

  it('an empty list prints nothing on stdout and a hint on stderr', async () => {
    const r = await zhcards(['known', 'list'], { home: tempHome() });
    expect(r).toEqual({ code: 0, out: '', err: expect.stringMatching(/No known words yet/) });
  });
});

describe('analyze and export honour the learner database', { timeout: 60_000 }, () => {
  it('known and ignored words are not hard; --known FILE adds to them; --no-db ignores them', async () => {
    const home = tempHome();
    const before = await hardWords(['--level', '4'], home);
    const [first, second, third] = before;
    expect(third).toBeDefined();
    await zhcards(['known', 'add', first!], { home });
    withDb(home, (db) => addIgnoredWords(db, [second!], 'app', new Date()));
    const file = join(tempDir(), 'known.txt');
    writeFileSync(file, `${third}\n`);
    const withDbWords = await hardWords([], home);
    expect(withDbWords).not.toContain(first);
    expect(withDbWords).not.toContain(second);
    expect(withDbWords).toContain(third);
    expect(await hardWords(['--known', file], home)).not.toContain(third);
    expect(await hardWords(['--no-db', '--level', '4'], home)).toEqual(before);
  });

  it('an explicit --level/--sort/--cards is remembered and used next time; --no-db remembers nothing', async () => {
    const home = tempHome();
    const first = await zhcards(['analyze', article, '--json', '--level', '5', '--sort', 'level'], { home });
    expect(JSON.parse(first.out).level).toBe(5);
    expect(JSON.parse((await zhcards(['analyze', article, '--json'], { home })).out).level).toBe(5);
    await zhcards(['analyze', article, '--json', '--level', '2', '--no-db'], { home });
    const out = tempDir('zhcards-export-');
    const exp = await zhcards(['export', article, '--out', `${out}/`, '--max', '2', '--cards', 'recognition'], { home });
    expect(exp.out).toMatch(/2 notes, 2 cards/);
    expect(withDb(home, readSettings)).toEqual({ level: 5, levelSystem: 'hsk2', sort: 'level', cardKinds: ['recognition'] });
    const again = await zhcards(['export', article, '--out', `${out}/`, '--max', '2'], { home });
    expect(again.out).toMatch(/2 notes, 2 cards/);
  });

  it('records each article opened (absolute path, title, content hash, time)', async () => {
    const home = tempHome();
    const now = new Date('2026-11-30T09:00:00Z');
    await zhcards(['analyze', 'articles/02-high-speed-rail.txt', '--json'], { home, now });
    const [a, ...rest] = withDb(home, (db) => recentArticles(db));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ path: article, title: expect.stringContaining('高铁'), lastOpenedAt: now, openCount: 1 });
    expect(a!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(article, 'utf8')).toContain('高铁');
  });

  it('--no-db creates nothing, not even the folder', async () => {
    const home = tempHome();
    const out = tempDir('zhcards-export-');
    expect((await zhcards(['analyze', article, '--no-db', '--level', '5'], { home })).code).toBe(0);
    expect((await zhcards(['export', article, '--no-db', '--out', `${out}/`, '--max', '1'], { home })).code).toBe(0);
    expect(existsSync(home)).toBe(false);
  });

  it('a corrupt database is reported with its path, left as it was, and --no-db still works', async () => {
    const home = tempHome();
    await zhcards(['known', 'add', '高铁'], { home });
    const path = databasePath({ ZHCARDS_HOME: home });
    const garbage = Buffer.from('garbage, not SQLite '.repeat(300));
    writeFileSync(path, garbage);
    const r = await zhcards(['analyze', article], { home });
    expectOneLineError(r, 3, new RegExp(`database ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged`));
    expect(readFileSync(path).equals(garbage)).toBe(true);
    expect((await zhcards(['analyze', article, '--no-db'], { home })).code).toBe(0);
  });

  it('damage past the header (found at the first query) is reported the same way', async () => {
    const home = tempHome();
    const path = databasePath({ ZHCARDS_HOME: home });
    withDb(home, (db) => {
      addKnownWords(db, Array.from({ length: 3000 }, (_, i) => `词${i}`), 'cli', new Date());
      db.pragma('wal_checkpoint(TRUNCATE)');
    });
    // Pages 1–6 hold the header and the empty tables' roots; the known words fill the rest.
    const fd = openSync(path, 'r+');
    const size = statSync(path).size;
    writeSync(fd, Buffer.alloc(size - 4096 * 8, 0xab), 0, size - 4096 * 8, 4096 * 7);
    closeSync(fd);
    const damaged = readFileSync(path);
    expectOneLineError(await zhcards(['known', 'list'], { home }), 3, /is damaged \(database disk image is malformed\)/);
    expectOneLineError(await zhcards(['analyze', article], { home }), 3, /is damaged/);
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });
});
