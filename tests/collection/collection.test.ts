import { describe, expect, it } from 'vitest';
import { addWordsToCollection, applyEffects, collectionStats, dueCounts, loadSession, saveStudyOptions, studyNote } from '../../src/collection/index.js';
import {
  addKnownWords,
  countReviewLog,
  countStudyNotes,
  deleteDeck,
  getStudyCard,
  getStudyNote,
  listDecks,
  loadAllCards,
  logsOfCard,
  openMemoryDatabase,
  renameDeck,
} from '../../src/storage/index.js';
import { reduceSession, startSession, type SessionState } from '../../src/study/index.js';
import { BEIJING, DAY, MIN, NOW } from '../study/helpers.js';
import { word, WORDS } from './helpers.js';

const KINDS = ['recognition', 'production'] as const;

function fresh() {
  const db = openMemoryDatabase();
  addWordsToCollection(db, 'zhcards::测试', WORDS, [...KINDS], NOW - DAY);
  return db;
}

describe('the study collection', () => {
  it('adds three cards per word note under the Anki GUID; adding again updates the content and keeps schedules', () => {
    const db = fresh();
    expect(countStudyNotes(db)).toBe(3);
    const cards = loadAllCards(db, { deck: null });
    expect(cards).toHaveLength(9);
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(['recognition', 'production', 'pinyin']));
    // answer one card, then re-export with a better meaning
    const session = loadSession(db, NOW, { deck: null, ...BEIJING, fuzz: false });
    let s: SessionState = startSession(session.queue, NOW);
    const shown = s.current!;
    s = reduceSession(s, { type: 'reveal' }, session.scheduler).state;
    const step = reduceSession(s, { type: 'grade', grade: 'good', now: NOW }, session.scheduler);
    applyEffects(db, step.effects, NOW);
    const before = getStudyCard(db, shown.id)!;
    const again = addWordsToCollection(db, 'zhcards::测试', [word('调研', 'diào yán', 'diao4 yan2', 'to do field research'), ...WORDS.slice(1)], [...KINDS], NOW);
    expect(again).toEqual({ notesAdded: 0, notesUpdated: 3, cardsAdded: 0 });
    expect(countStudyNotes(db)).toBe(3);
    expect(getStudyCard(db, shown.id)).toEqual(before);
    expect(before.schedule.state).not.toBe('new');
    expect(getStudyNote(db, studyNote(WORDS[0]!).guid)!.meaning).toBe('to do field research');
    expect(getStudyNote(db, studyNote(WORDS[1]!).guid)!.meaning).toBe('green');
  });

  it('an answer writes the log row and the card together; undo deletes the row and restores the card exactly', () => {
    const db = fresh();
    const { queue, scheduler } = loadSession(db, NOW, { deck: null, ...BEIJING, fuzz: false });
    let s = startSession(queue, NOW);
    const original = getStudyCard(db, s.current!.id)!;
    s = reduceSession(s, { type: 'reveal' }, scheduler).state;
    const graded = reduceSession(s, { type: 'grade', grade: 'again', now: NOW }, scheduler);
    applyEffects(db, graded.effects, NOW);
    expect(logsOfCard(db, original.id)).toHaveLength(1);
    expect(logsOfCard(db, original.id)[0]!.previous).toEqual(original.schedule);
    expect(getStudyCard(db, original.id)!.schedule.state).toBe('learning');
    const undone = reduceSession(graded.state, { type: 'undo' }, scheduler);
    applyEffects(db, undone.effects, NOW + MIN);
    expect(countReviewLog(db)).toBe(0);
    expect(getStudyCard(db, original.id)).toEqual(original);
  });

  it('known words never appear as new cards, and mark-known from the session persists', () => {
    const db = fresh();
    addKnownWords(db, ['绿色'], 'cli', new Date(NOW));
    const { queue, scheduler } = loadSession(db, NOW, { deck: null, ...BEIJING });
    expect(queue.main.map((c) => c.word)).not.toContain('绿色');
    const s = startSession(queue, NOW);
    const marked = reduceSession(s, { type: 'markKnown', now: NOW }, scheduler);
    applyEffects(db, marked.effects, NOW);
    const next = loadSession(db, NOW, { deck: null, ...BEIJING });
    expect(next.queue.main.map((c) => c.word)).not.toContain(s.current!.word);
    expect(addWordsToCollection(db, 'zhcards::other', [word('绿色', 'lǜ sè', 'lu:4 se4', 'green')], [...KINDS], NOW).cardsAdded).toBe(0);
  });

  it('daily limits come from the saved options, and dueCounts says what the queue holds', () => {
    const db = fresh();
    saveStudyOptions(db, { newPerDay: 2 }, new Date(NOW));
    const { queue } = loadSession(db, NOW, { deck: null, ...BEIJING });
    expect(queue.main).toHaveLength(2);
    // one card per note on a day
    expect(new Set(queue.main.map((c) => c.noteGuid)).size).toBe(2);
    expect(dueCounts(db, NOW, null, BEIJING)).toEqual({ due: 0, new: 2, total: 2 });
  });

  it('suspend and stats: a suspended card is counted apart and not shown', () => {
    const db = fresh();
    const { queue, scheduler } = loadSession(db, NOW, { deck: null, ...BEIJING });
    const s = startSession(queue, NOW);
    applyEffects(db, reduceSession(s, { type: 'suspend', now: NOW }, scheduler).effects, NOW);
    expect(getStudyCard(db, s.current!.id)!.suspended).toBe(true);
    const stats = collectionStats(db, NOW, null, BEIJING);
    expect(stats.byState).toEqual({ new: 8, learning: 0, review: 0, suspended: 1, known: 0 });
    expect(loadSession(db, NOW, { deck: null, ...BEIJING }).queue.main.map((c) => c.id)).not.toContain(s.current!.id);
  });

  it('decks are listed with counts, renamed, and deleted with their cards and reviews', () => {
    const db = fresh();
    addWordsToCollection(db, 'zhcards::second', [word('电池', 'diàn chí', 'dian4 chi2', 'battery')], ['recognition'], NOW);
    const decks = listDecks(db, NOW + DAY);
    expect(decks.map((d) => [d.name, d.cards, d.newCards])).toEqual([
      ['zhcards::second', 2, 2],
      ['zhcards::测试', 9, 9],
    ]);
    renameDeck(db, 'zhcards::SECOND', 'zhcards::电池', NOW);
    expect(() => renameDeck(db, 'zhcards::电池', 'zhcards::测试', NOW)).toThrow(/already exists/);
    expect(loadSession(db, NOW, { deck: 'zhcards::电池', ...BEIJING }).queue.main.map((c) => c.word)).toEqual(['电池']);
    expect(deleteDeck(db, 'zhcards::电池')).toEqual({ cards: 2, reviews: 0 });
    expect(countStudyNotes(db)).toBe(3);
    expect(listDecks(db, NOW).map((d) => d.name)).toEqual(['zhcards::测试']);
  });
});
