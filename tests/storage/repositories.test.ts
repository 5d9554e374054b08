import { describe, expect, it } from 'vitest';
import {
  addIgnoredWords,
  addKnownWords,
  contentHash,
  forgetArticle,
  ignoredWordSet,
  knownWordSet,
  listKnownWords,
  openMemoryDatabase,
  readSettings,
  recentArticles,
  recordArticleOpened,
  removeKnownWords,
  writeSettings,
} from '../../src/storage/index.js';

const T1 = new Date('2026-11-30T08:00:00Z');
const T2 = new Date('2026-11-30T09:30:00Z');

describe('known and ignored words', () => {
  it('adds each word once, keeping when and where it was first added', () => {
    const db = openMemoryDatabase();
    expect(addKnownWords(db, ['调研', '乡村', ' 调研 ', ''], 'cli', T1)).toBe(2);
    expect(addKnownWords(db, ['乡村', '载体'], 'import:hsk.txt', T2)).toBe(1);
    expect(listKnownWords(db)).toEqual([
      { word: '乡村', addedAt: T1, source: 'cli' },
      { word: '调研', addedAt: T1, source: 'cli' },
      { word: '载体', addedAt: T2, source: 'import:hsk.txt' },
    ]);
    expect(removeKnownWords(db, ['调研', '没有'])).toBe(1);
    expect(knownWordSet(db).has('调研')).toBe(false);
    expect(knownWordSet(db).size).toBe(2);
  });

  it('keeps ignored words apart from known ones', () => {
    const db = openMemoryDatabase();
    addIgnoredWords(db, ['王毅'], 'app', T1);
    addKnownWords(db, ['调研'], 'app', T1);
    expect(ignoredWordSet(db).has('王毅')).toBe(true);
    expect(knownWordSet(db).has('王毅')).toBe(false);
    expect(ignoredWordSet(db).has('调研')).toBe(false);
  });

  it('treats composed and decomposed forms as one word (NFC)', () => {
    const db = openMemoryDatabase();
    addKnownWords(db, ['café'.normalize('NFD')], 'cli', T1);
    expect(knownWordSet(db).has('café'.normalize('NFC'))).toBe(true);
  });
});

describe('settings', () => {
  it('round-trips level, system, sort and card kinds; later writes win', () => {
    const db = openMemoryDatabase();
    expect(readSettings(db)).toEqual({});
    writeSettings(db, { level: 4, levelSystem: 'hsk2', sort: 'level', cardKinds: ['recognition'] }, T1);
    writeSettings(db, { level: 5 }, T2);
    expect(readSettings(db)).toEqual({ level: 5, levelSystem: 'hsk2', sort: 'level', cardKinds: ['recognition'] });
  });

  it('reads a value it cannot use as unset instead of failing, and refuses to write one', () => {
    const db = openMemoryDatabase();
    db.prepare("INSERT INTO settings VALUES ('level', '\"six\"', 0), ('sort', 'not json', 0), ('cardKinds', '[\"audio\"]', 0), ('future', '1', 0)").run();
    expect(readSettings(db)).toEqual({});
    expect(() => writeSettings(db, { level: 0 }, T1)).toThrow(/invalid setting level/);
  });
});

describe('opened articles', () => {
  it('lists the most recently opened first; reopening updates title, hash, time and count', () => {
    const db = openMemoryDatabase();
    recordArticleOpened(db, { path: '/a/news.txt', title: '新闻', contentHash: contentHash('一') }, T1);
    recordArticleOpened(db, { path: '/a/rail.txt', title: '高铁', contentHash: contentHash('二') }, T1);
    recordArticleOpened(db, { path: '/a/news.txt', title: '新闻（更新）', contentHash: contentHash('一二') }, T2);
    const recent = recentArticles(db);
    expect(recent.map((a) => a.path)).toEqual(['/a/news.txt', '/a/rail.txt']);
    expect(recent[0]).toMatchObject({ title: '新闻（更新）', contentHash: contentHash('一二'), firstOpenedAt: T1, lastOpenedAt: T2, openCount: 2 });
    expect(contentHash('一')).toMatch(/^[0-9a-f]{64}$/);
    expect(forgetArticle(db, '/a/rail.txt')).toBe(true);
    expect(recentArticles(db, 5)).toHaveLength(1);
  });
});
