/**
 * Today's cards: learning cards first, then reviews with new cards mixed in, within the daily
 * limits. Limits count what the review log already holds for today, so reopening the study
 * screen never hands out a second day's worth of new cards.
 */
import { UsageError } from '../domain/errors.js';
import { studyDay, type DayOptions } from './day.js';
import { parseStudyCardId, STUDY_CARD_KINDS, type ReviewLogRecord, type StudyCard } from './types.js';

export interface QueueOptions extends DayOptions {
  /** New cards introduced per study day; default 20. */
  newPerDay?: number;
  /** Review-card answers per study day; default 200. */
  reviewsPerDay?: number;
  /** Simplified headwords the learner knows: their cards never appear. */
  known?: ReadonlySet<string>;
  /**
   * Default false: a word's cards are introduced on different days, so its production card never
   * follows its recognition card minutes later, when the answer is still on screen in the mind.
   */
  newSiblingsSameDay?: boolean;
}

export interface DailyQueue {
  /** (Re)learning cards due before the day ends, earliest first; shown once they are due. */
  learning: StudyCard[];
  /** Reviews due today (most overdue first) with new cards spread evenly among them. */
  main: StudyCard[];
  counts: { learning: number; review: number; new: number };
  /** Day the queue was built for; learning cards due after `day.end` wait for tomorrow. */
  day: { start: number; end: number };
}

export interface TodayCounts {
  /** Cards seen for the first time today. */
  newDone: number;
  /** Answers given to cards that were in review state. */
  reviewsDone: number;
  /** Every answer today. */
  answers: number;
}

function limit(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number ≥ 0, got ${n}`);
  return n;
}

export function countToday(logs: readonly ReviewLogRecord[], now: number, options: DayOptions = {}): TodayCounts {
  const { start, end } = studyDay(now, options);
  const counts: TodayCounts = { newDone: 0, reviewsDone: 0, answers: 0 };
  for (const log of logs) {
    if (log.reviewedAt < start || log.reviewedAt >= end) continue;
    counts.answers++;
    if (log.previous.state === 'new') counts.newDone++;
    else if (log.previous.state === 'review') counts.reviewsDone++;
  }
  return counts;
}

/** True when a card may be studied at all: not suspended, not a known word. */
export function isStudiable(card: StudyCard, known?: ReadonlySet<string>): boolean {
  return !card.suspended && !(known?.has(card.word) ?? false);
}

/**
 * One new card after every `gap` reviews, `gap` = reviews ÷ new cards (at least 1), so both run
 * out together; with no reviews the new cards simply follow one another.
 */
export function interleave(reviews: readonly StudyCard[], fresh: readonly StudyCard[]): StudyCard[] {
  if (fresh.length === 0) return [...reviews];
  const gap = Math.max(1, Math.floor(reviews.length / fresh.length));
  const out: StudyCard[] = [];
  let n = 0;
  for (let r = 0; r < reviews.length; r++) {
    out.push(reviews[r]!);
    if ((r + 1) % gap === 0 && n < fresh.length) out.push(fresh[n++]!);
  }
  return out.concat(fresh.slice(n));
}

const byDue = (a: StudyCard, b: StudyCard) => a.schedule.due - b.schedule.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Oldest first; within a note, recognition before production before the drill, as in the export. */
const byAdded = (a: StudyCard, b: StudyCard) =>
  a.createdAt - b.createdAt ||
  (a.noteGuid < b.noteGuid ? -1 : a.noteGuid > b.noteGuid ? 1 : 0) ||
  STUDY_CARD_KINDS.indexOf(a.kind) - STUDY_CARD_KINDS.indexOf(b.kind);

/** The first new card of each note whose cards were not yet introduced today. */
function onePerNote(fresh: readonly StudyCard[], logs: readonly ReviewLogRecord[], day: { start: number; end: number }): StudyCard[] {
  const introduced = new Set<string>();
  for (const log of logs) {
    if (log.reviewedAt < day.start || log.reviewedAt >= day.end || log.previous.state !== 'new') continue;
    const id = parseStudyCardId(log.cardId);
    if (id) introduced.add(id.noteGuid);
  }
  return fresh.filter((card) => !introduced.has(card.noteGuid) && (introduced.add(card.noteGuid), true));
}

export function buildDailyQueue(
  cards: readonly StudyCard[],
  logs: readonly ReviewLogRecord[],
  now: number,
  options: QueueOptions = {},
): DailyQueue {
  const newPerDay = limit(options.newPerDay, 20, 'new cards per day');
  const reviewsPerDay = limit(options.reviewsPerDay, 200, 'reviews per day');
  const day = studyDay(now, options);
  const today = countToday(logs, now, options);
  const learning: StudyCard[] = [];
  const reviews: StudyCard[] = [];
  const fresh: StudyCard[] = [];
  for (const card of cards) {
    if (!isStudiable(card, options.known)) continue;
    const { state, due } = card.schedule;
    if (state === 'new') fresh.push(card);
    else if (due >= day.end) continue;
    else if (state === 'review') reviews.push(card);
    else learning.push(card);
  }
  learning.sort(byDue);
  const dueReviews = reviews.sort(byDue).slice(0, Math.max(0, reviewsPerDay - today.reviewsDone));
  const candidates = fresh.sort(byAdded);
  const newCards = (options.newSiblingsSameDay ? candidates : onePerNote(candidates, logs, day)).slice(
    0,
    Math.max(0, newPerDay - today.newDone),
  );
  return {
    learning,
    main: interleave(dueReviews, newCards),
    counts: { learning: learning.length, review: dueReviews.length, new: newCards.length },
    day,
  };
}
