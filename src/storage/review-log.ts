/**
 * The review log: one row per answer with the schedule before and after (JSON) and both
 * states as columns for the stats queries. An answer and its card update commit together.
 */
import type { CardSchedule, GradeName, ReviewLogRecord, StudyCard } from '../study/types.js';
import type { Database } from './open-database.js';
import { writeCardSchedule } from './study-cards.js';

interface LogRow {
  id: string;
  card_id: string;
  reviewed_at: number;
  grade: GradeName;
  previous: string;
  next: string;
}

const logFromRow = (r: LogRow): ReviewLogRecord => ({
  id: r.id,
  cardId: r.card_id,
  reviewedAt: r.reviewed_at,
  grade: r.grade,
  previous: JSON.parse(r.previous) as CardSchedule,
  next: JSON.parse(r.next) as CardSchedule,
});

export function insertReviewLog(db: Database, log: ReviewLogRecord): void {
  db.prepare(
    `INSERT INTO review_log (id, card_id, reviewed_at, grade, previous_state, next_state, previous, next)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(log.id, log.cardId, log.reviewedAt, log.grade, log.previous.state, log.next.state, JSON.stringify(log.previous), JSON.stringify(log.next));
}

/**
 * The answer and the card's new schedule in one IMMEDIATE transaction: the write lock is taken
 * up front, so a second process waits (busy timeout) instead of failing half-way. When it
 * returns, both rows are committed (WAL), so a killed process loses no answer already shown.
 */
export function saveReview(db: Database, card: StudyCard, log: ReviewLogRecord): void {
  db.transaction(() => {
    insertReviewLog(db, log);
    if (!writeCardSchedule(db, card)) throw new Error(`study card ${card.id} is gone (deleted by another zhcards?)`);
  }).immediate();
}

/** Undo: the log row goes and the card is written back exactly as it was, together. */
export function undoReview(db: Database, logId: string, card: StudyCard): void {
  db.transaction(() => {
    db.prepare('DELETE FROM review_log WHERE id = ?').run(logId);
    writeCardSchedule(db, card);
  }).immediate();
}

/** Answers given at or after `from` (today's, for the daily limits), oldest first. */
export function logsSince(db: Database, from: number): ReviewLogRecord[] {
  return (db.prepare('SELECT id, card_id, reviewed_at, grade, previous, next FROM review_log WHERE reviewed_at >= ? ORDER BY reviewed_at').all(from) as LogRow[]).map(logFromRow);
}

export function logsOfCard(db: Database, cardId: string): ReviewLogRecord[] {
  return (db.prepare('SELECT id, card_id, reviewed_at, grade, previous, next FROM review_log WHERE card_id = ? ORDER BY reviewed_at').all(cardId) as LogRow[]).map(logFromRow);
}

export function countReviewLog(db: Database): number {
  return db.prepare('SELECT count(*) FROM review_log').pluck().get() as number;
}

/** Answers to review-state cards in [from, to) and how many were not Again (true retention). */
export function retentionCounts(db: Database, from: number, to: number): { reviews: number; passed: number } {
  const r = db
    .prepare("SELECT count(*) AS reviews, coalesce(sum(grade <> 'again'), 0) AS passed FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ? AND previous_state = 'review'")
    .get(from, to) as { reviews: number; passed: number };
  return r;
}
