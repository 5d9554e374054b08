/**
 * Numbers for the stats screen, as pure functions over cards and the review log. Suspended cards
 * and cards of known words are counted apart and never as due.
 */
import { DAY_MS, studyDay, type DayOptions } from './day.js';
import { countToday, isStudiable } from './queue.js';
import type { ReviewLogRecord, StudyCard } from './types.js';

export interface StatsOptions extends DayOptions {
  known?: ReadonlySet<string>;
}

export interface Retention {
  /** Answers to cards in review state over the window. */
  reviews: number;
  /** Of those, the ones not graded Again. */
  passed: number;
  /** passed ÷ reviews; null when there were none. */
  rate: number | null;
}

export interface CardsByState {
  new: number;
  learning: number;
  review: number;
  suspended: number;
  /** Cards of words marked known: not studied, kept so unmarking brings them back. */
  known: number;
}

export interface StudyStats {
  /** Learning and review cards due before today's rollover (overdue included); limits not applied. */
  dueToday: number;
  /** Answers given today. */
  reviewsToday: number;
  retention30d: Retention;
  /** Learning and review cards due on each of the next 7 study days; [0] is today with overdue. */
  forecast7d: number[];
  byState: CardsByState;
}

/** True retention: share of review-state answers (not learning steps) not graded Again. */
export function retention(logs: readonly ReviewLogRecord[], from: number, to: number): Retention {
  let reviews = 0;
  let passed = 0;
  for (const log of logs) {
    if (log.reviewedAt < from || log.reviewedAt >= to || log.previous.state !== 'review') continue;
    reviews++;
    if (log.grade !== 'again') passed++;
  }
  return { reviews, passed, rate: reviews ? passed / reviews : null };
}

export function dueForecast(cards: readonly StudyCard[], now: number, days: number, options: StatsOptions = {}): number[] {
  const { start } = studyDay(now, options);
  const out = new Array<number>(days).fill(0);
  for (const card of cards) {
    if (!isStudiable(card, options.known) || card.schedule.state === 'new') continue;
    // day boundaries step by 24 h from today's start; a DST change shifts later days by an hour
    const day = Math.max(0, Math.floor((card.schedule.due - start) / DAY_MS));
    if (day < days) out[day]!++;
  }
  return out;
}

export function cardsByState(cards: readonly StudyCard[], known?: ReadonlySet<string>): CardsByState {
  const out: CardsByState = { new: 0, learning: 0, review: 0, suspended: 0, known: 0 };
  for (const card of cards) {
    if (known?.has(card.word)) out.known++;
    else if (card.suspended) out.suspended++;
    else if (card.schedule.state === 'relearning') out.learning++;
    else out[card.schedule.state]++;
  }
  return out;
}

export function studyStats(
  cards: readonly StudyCard[],
  logs: readonly ReviewLogRecord[],
  now: number,
  options: StatsOptions = {},
): StudyStats {
  const forecast7d = dueForecast(cards, now, 7, options);
  return {
    dueToday: forecast7d[0]!,
    reviewsToday: countToday(logs, now, options).answers,
    retention30d: retention(logs, now - 30 * DAY_MS, now + 1),
    forecast7d,
    byState: cardsByState(cards, options.known),
  };
}
