/** The stats screen's numbers and the Library's due count, from SQL aggregates. */
import { countCardsByState, dueTimes, logsSince, retentionCounts, type Database } from '../storage/index.js';
import { countToday, DAY_MS, studyDay, type DayOptions, type StudyStats } from '../study/index.js';
import { loadQueue } from './session-store.js';

export function collectionStats(db: Database, now: number, deck: string | null, day: DayOptions = {}): StudyStats {
  const { start } = studyDay(now, day);
  const forecast7d = new Array<number>(7).fill(0);
  for (const due of dueTimes(db, { deck }, start + 7 * DAY_MS)) forecast7d[Math.max(0, Math.floor((due - start) / DAY_MS))]!++;
  const r = retentionCounts(db, now - 30 * DAY_MS, now + 1);
  return {
    dueToday: forecast7d[0]!,
    reviewsToday: countToday(logsSince(db, start), now, day).answers,
    retention30d: { ...r, rate: r.reviews ? r.passed / r.reviews : null },
    forecast7d,
    byState: countCardsByState(db, { deck }),
  };
}

export interface DueCounts {
  /** Learning and review cards in today's queue (daily limit applied). */
  due: number;
  /** New cards today's queue would introduce. */
  new: number;
  /** due + new: the N of "Study (N due)". */
  total: number;
}

/** For the Library's "Study (N due)" entry: what `zhcards study` would show today. */
export function dueCounts(db: Database, now: number, deck: string | null = null, day: DayOptions = {}): DueCounts {
  const { counts } = loadQueue(db, now, { deck, ...day }).queue;
  const due = counts.learning + counts.review;
  return { due, new: counts.new, total: due + counts.new };
}
