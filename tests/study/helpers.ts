import { createScheduler, studyCardId, type CardSchedule, type ReviewLogRecord, type StudyCard, type StudyCardKind } from '../../src/study/index.js';

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** 2026-03-10 10:00 in Beijing (UTC+8); the study day began 04:00 Beijing = 2026-03-09 20:00 UTC. */
export const NOW = Date.UTC(2026, 2, 10, 2, 0);
export const BEIJING = { utcOffsetMinutes: 480 };

const base = createScheduler({ fuzz: false }).newSchedule(0);

export function card(
  word: string,
  schedule: Partial<CardSchedule> = {},
  extra: { kind?: StudyCardKind; suspended?: boolean; createdAt?: number } = {},
): StudyCard {
  const kind = extra.kind ?? 'recognition';
  const noteGuid = `guid-${word}`;
  return {
    id: studyCardId(noteGuid, kind),
    noteGuid,
    kind,
    word,
    suspended: extra.suspended ?? false,
    createdAt: extra.createdAt ?? 0,
    schedule: { ...base, ...schedule },
  };
}

/** A review card due at `due`, as if reviewed before. */
export const review = (word: string, due: number, extra = {}) =>
  card(word, { state: 'review', due, stability: 10, difficulty: 5, scheduledDays: 10, reps: 3, lastReview: due - 10 * DAY }, extra);

export function log(cardId: string, reviewedAt: number, previousState: CardSchedule['state'], grade: ReviewLogRecord['grade'] = 'good'): ReviewLogRecord {
  return {
    id: `${cardId}@${reviewedAt}`,
    cardId,
    reviewedAt,
    grade,
    previous: { ...base, state: previousState },
    next: { ...base, state: 'review' },
  };
}
