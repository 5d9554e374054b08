import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnerStore } from '../../src/learner/index.js';
import { listIgnoredWords, listKnownWords, openMemoryDatabase, readSettings } from '../../src/storage/index.js';
import { completePath } from '../../src/paths/index.js';

describe('the learner store the app uses', () => {
  it('marks and unmarks known and ignored words in the database', () => {
    const db = openMemoryDatabase();
    const store = learnerStore(db, () => new Date('2026-03-01T00:00:00Z'));
    store.mark('调研', 'known');
    store.mark('载体', 'ignored');
    expect(store.notHard().sort()).toEqual(['调研', '载体'].sort());
    expect(listKnownWords(db)[0]).toMatchObject({ word: '调研', source: 'app' });
    store.unmark('载体', 'ignored');
    expect(listIgnoredWords(db)).toEqual([]);
    store.recordOpened([{ source: 'a.txt', title: '标题', paragraphs: [{ text: '内容', kind: 'body' }] }], '/tmp');
    expect(store.recent()).toEqual(['/tmp/a.txt']);
    store.remember({ level: 5, levelSystem: 'hsk2' });
    expect(readSettings(db)).toMatchObject({ level: 5 });
  });
  it('without a database (--no-db) keeps marks in memory only', () => {
    const store = learnerStore(null);
    store.mark('调研', 'known');
    expect(store.notHard()).toEqual(['调研']);
    store.unmark('调研', 'ignored');
    expect(store.notHard()).toEqual(['调研']);
    store.unmark('调研', 'known');
    expect(store.notHard()).toEqual([]);
    expect(store.recent()).toEqual([]);
  });
  it('markAll adds a batch and unmarkAll removes only what it added, in the database and in memory', () => {
    for (const db of [openMemoryDatabase(), null]) {
      const store = learnerStore(db, () => new Date('2026-03-01T00:00:00Z'));
      store.mark('调研', 'known');
      const undo = store.markAll(['调研', '载体', '茶叶']);
      expect(undo.added).toEqual(['载体', '茶叶']);
      expect(store.notHard().sort()).toEqual(['调研', '载体', '茶叶'].sort());
      store.unmarkAll(undo);
      expect(store.notHard()).toEqual(['调研']);
      if (db) expect(listKnownWords(db).map((w) => w.word)).toEqual(['调研']);
    }
  });
});

describe('path completion', () => {
  it('completes to the longest common continuation, folders with a slash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhcards-complete-'));
    try {
      for (const f of ['news-001.txt', 'news-002.txt', 'notes.md']) writeFileSync(join(dir, f), '');
      mkdirSync(join(dir, 'sub'));
      const many = completePath('n', dir);
      expect(many.text).toBe('n');
      expect(many.choices).toEqual(['news-001.txt', 'news-002.txt', 'notes.md']);
      expect(completePath('no', dir).text).toBe('notes.md');
      expect(completePath('su', dir).text).toBe('sub/');
      expect(completePath('ne', dir).text).toBe('news-00');
      expect(completePath('news-001', dir)).toEqual({ text: 'news-001.txt', choices: ['news-001.txt'] });
      expect(completePath(`${dir}/ne`, '/').text).toBe(`${dir}/news-00`);
      expect(completePath('zzz', dir)).toEqual({ text: 'zzz', choices: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
