/**
 * Our plain card records ↔ ts-fsrs's Card (Dates, enums). Kept apart so the conversion is the
 * only code that knows ts-fsrs's field names.
 */
import { Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardSchedule, CardState, GradeName, StudyCard } from './types.js';

const STATE_OF: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const FSRS_STATE: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
export const RATING: Record<GradeName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** ts-fsrs card plus our id, which its card-id seed strategy reads for the fuzz. */
export type SeededCard = Card & { cid: string };

export function toFsrs(card: StudyCard): SeededCard {
  const s = card.schedule;
  return {
    cid: card.id,
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    // deprecated in ts-fsrs 5 and recomputed from last_review on every answer
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: FSRS_STATE[s.state],
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
  };
}

export function scheduleFromFsrs(c: Card): CardSchedule {
  return {
    state: STATE_OF[c.state],
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}
