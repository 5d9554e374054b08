/**
 * FSRS scheduling through ts-fsrs, on plain records (fsrs-card.ts converts), so the rest of
 * study/ and storage never see a Date or an enum. Time is always an argument.
 */
import { createEmptyCard, fsrs, GenSeedStrategyWithCardId, StrategyMode, type StepUnit } from 'ts-fsrs';
import { UsageError } from '../domain/errors.js';
import { formatInterval } from './interval.js';
import { RATING, scheduleFromFsrs, toFsrs } from './fsrs-card.js';
import type { CardSchedule, GradeName, ReviewLogRecord, StudyCard, StudyCardKind } from './types.js';
import { GRADES, studyCardId } from './types.js';

export interface SchedulerOptions {
  /** Share of reviews the learner should still remember when a card comes due; default 0.9. */
  desiredRetention?: number;
  maximumIntervalDays?: number;
  /**
   * Spread long intervals a little so cards added together do not stay together (Anki does).
   * The fuzz is seeded by card id and repetition count, so it is deterministic and the interval
   * shown on a button is the one the answer gives. Default true.
   */
  fuzz?: boolean;
  learningSteps?: readonly StepUnit[];
  relearningSteps?: readonly StepUnit[];
  /** FSRS weights from an optimiser run; default the ts-fsrs defaults. */
  weights?: readonly number[];
}

export interface GradePreview {
  grade: GradeName;
  /** Epoch ms the card would be due. */
  due: number;
  intervalMs: number;
  /** As on Anki's answer buttons: `<1m`, `10m`, `1d`, `3.5mo`. */
  label: string;
}

export interface AnswerResult {
  card: StudyCard;
  log: ReviewLogRecord;
}

export interface Scheduler {
  readonly desiredRetention: number;
  newSchedule(now: number): CardSchedule;
  newCard(noteGuid: string, kind: StudyCardKind, word: string, now: number): StudyCard;
  /** The four outcomes, Again → Easy. */
  preview(card: StudyCard, now: number): GradePreview[];
  answer(card: StudyCard, grade: GradeName, now: number): AnswerResult;
}

function checkOptions(o: SchedulerOptions): void {
  const r = o.desiredRetention;
  if (r !== undefined && !(r >= 0.7 && r <= 0.99)) {
    throw new UsageError(`desired retention must be between 0.7 and 0.99, got ${r}`);
  }
  const max = o.maximumIntervalDays;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1)) {
    throw new UsageError(`maximum interval must be a whole number of days ≥ 1, got ${max}`);
  }
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  checkOptions(options);
  const desiredRetention = options.desiredRetention ?? 0.9;
  const engine = fsrs({
    request_retention: desiredRetention,
    enable_fuzz: options.fuzz ?? true,
    ...(options.maximumIntervalDays !== undefined && { maximum_interval: options.maximumIntervalDays }),
    ...(options.learningSteps && { learning_steps: options.learningSteps }),
    ...(options.relearningSteps && { relearning_steps: options.relearningSteps }),
    ...(options.weights && { w: options.weights }),
  }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('cid'));

  const newSchedule = (now: number) => scheduleFromFsrs(createEmptyCard(new Date(now)));
  return {
    desiredRetention,
    newSchedule,
    newCard: (noteGuid, kind, word, now) => ({
      id: studyCardId(noteGuid, kind),
      noteGuid,
      kind,
      word,
      suspended: false,
      createdAt: now,
      schedule: newSchedule(now),
    }),
    preview(card, now) {
      const outcomes = engine.repeat(toFsrs(card), new Date(now));
      return GRADES.map((grade) => {
        const due = outcomes[RATING[grade]].card.due.getTime();
        return { grade, due, intervalMs: due - now, label: formatInterval(due - now) };
      });
    },
    answer(card, grade, now) {
      const next = scheduleFromFsrs(engine.next(toFsrs(card), new Date(now), RATING[grade]).card);
      const log: ReviewLogRecord = {
        id: `${card.id}@${now}`,
        cardId: card.id,
        reviewedAt: now,
        grade,
        previous: card.schedule,
        next,
      };
      return { card: { ...card, schedule: next }, log };
    },
  };
}

/**
 * The card exactly as it was before `log`'s answer. Refuses when the card has moved on since
 * (another answer, or a log of another card), because restoring then would lose that answer.
 */
export function undoAnswer(card: StudyCard, log: ReviewLogRecord): StudyCard {
  if (log.cardId !== card.id) throw new Error(`review ${log.id} belongs to another card than ${card.id}`);
  if (!sameSchedule(card.schedule, log.next)) throw new Error(`card ${card.id} was answered again after review ${log.id}`);
  return { ...card, schedule: { ...log.previous } };
}

export function sameSchedule(a: CardSchedule, b: CardSchedule): boolean {
  return (Object.keys(a) as (keyof CardSchedule)[]).every((k) => a[k] === b[k]);
}
