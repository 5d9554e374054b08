/**
 * The review session on the database: today's queue from indexed queries (never the whole
 * collection), and the reducer's effects written back, each in its own committed transaction.
 */
import {
  addKnownWords,
  getStudyNote,
  loadDueCards,
  loadNewCards,
  logsSince,
  removeKnownWords,
  saveReview,
  setSuspended,
  undoReview,
  type Database,
  type StudyNote,
} from '../storage/index.js';
import { buildDailyQueue, createScheduler, STUDY_CARD_KINDS, studyDay, type DailyQueue, type DayOptions, type Scheduler, type SessionEffect } from '../study/index.js';
import { readStudyOptions, type StudyOptions } from './settings.js';

export interface LoadOptions extends DayOptions {
  /** Deck name; null = every deck. */
  deck: string | null;
  /** Overrides of the saved options (tests, the bench). */
  options?: Partial<StudyOptions>;
  /** Scheduler fuzz (default on); tests turn it off for exact intervals. */
  fuzz?: boolean;
}

export interface LoadedSession {
  queue: DailyQueue;
  scheduler: Scheduler;
  options: StudyOptions;
}

export function loadQueue(db: Database, now: number, load: LoadOptions): { queue: DailyQueue; options: StudyOptions } {
  const options = { ...readStudyOptions(db), ...load.options };
  const day = studyDay(now, load);
  const filter = { deck: load.deck };
  const logs = logsSince(db, day.start);
  const newDone = logs.filter((l) => l.previous.state === 'new').length;
  const reviewsLeft = Math.max(0, options.reviewsPerDay - logs.filter((l) => l.previous.state === 'review').length);
  // enough candidates for one new card per note: siblings of today's notes and of each other
  const candidates = (options.newPerDay + newDone) * STUDY_CARD_KINDS.length;
  const cards = [...loadDueCards(db, filter, day.end, reviewsLeft), ...(options.newPerDay > 0 ? loadNewCards(db, filter, candidates) : [])];
  const queue = buildDailyQueue(cards, logs, now, { ...load, newPerDay: options.newPerDay, reviewsPerDay: options.reviewsPerDay });
  return { queue, options };
}

export function loadSession(db: Database, now: number, load: LoadOptions): LoadedSession {
  const { queue, options } = loadQueue(db, now, load);
  return { queue, options, scheduler: createScheduler({ desiredRetention: options.desiredRetention, fuzz: load.fuzz ?? true }) };
}

/** Writes each effect; returns once all are committed (so the next card may be shown). */
export function applyEffects(db: Database, effects: readonly SessionEffect[], now: number): void {
  for (const e of effects) {
    switch (e.type) {
      case 'saveReview':
        saveReview(db, e.card, e.log);
        break;
      case 'undoReview':
        undoReview(db, e.logId, e.card);
        break;
      case 'suspend':
      case 'unsuspend':
        setSuspended(db, e.cardId, e.type === 'suspend');
        break;
      case 'markKnown':
        addKnownWords(db, [e.word], 'study', new Date(now));
        break;
      case 'unmarkKnown':
        removeKnownWords(db, [e.word]);
        break;
    }
  }
}

/** Note content by GUID, read once per note and kept (the screen asks on every frame). */
export function noteReader(db: Database): (guid: string) => StudyNote | null {
  const cache = new Map<string, StudyNote | null>();
  return (guid) => {
    if (!cache.has(guid)) cache.set(guid, getStudyNote(db, guid));
    return cache.get(guid)!;
  };
}
