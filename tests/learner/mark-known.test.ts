// "Mark all remaining words of this article as known", and its undo.
import { describe, expect, it } from 'vitest';
import { markWordsKnown, undoMarkKnown } from '../../src/learner/index.js';
import { addKnownWords, listKnownWords, openMemoryDatabase } from '../../src/storage/index.js';

describe('markWordsKnown', () => {
  it('adds the words in one go and undo removes exactly those, not the ones known before', () => {
    const db = openMemoryDatabase();
    const now = new Date('2026-11-30T08:00:00Z');
    addKnownWords(db, ['高铁'], 'cli', now);
    const undo = markWordsKnown(db, ['高铁', '设计', '春运', '设计'], 'app', now);
    expect(undo.added).toEqual(['设计', '春运']);
    expect(listKnownWords(db).map((w) => w.word).sort()).toEqual(['春运', '设计', '高铁']);
    expect(undoMarkKnown(db, undo)).toBe(2);
    expect(listKnownWords(db).map((w) => [w.word, w.source])).toEqual([['高铁', 'cli']]);
    db.close();
  });
});
