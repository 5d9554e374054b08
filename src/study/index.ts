/** Terminal study, UI-free: FSRS scheduling, the daily queue, the review-session reducer, the pinyin drill, stats. */
export * from './types.js';
export { createScheduler, undoAnswer, sameSchedule, type Scheduler, type SchedulerOptions, type GradePreview, type AnswerResult } from './scheduler.js';
export { formatInterval } from './interval.js';
export { studyDay, DAY_MS, type DayOptions, type StudyDay } from './day.js';
export { buildDailyQueue, countToday, interleave, isStudiable, type DailyQueue, type QueueOptions, type TodayCounts } from './queue.js';
export {
  startSession,
  reduceSession,
  remaining,
  LEARN_AHEAD_MS,
  type SessionState,
  type SessionAction,
  type SessionEffect,
  type SessionStep,
  type SessionPhase,
  type UndoEntry,
} from './session.js';
export { checkPinyin, type DrillResult, type SyllableCheck, type SyllableVerdict } from './pinyin-drill.js';
export { readTyped, type TypedSyllable } from './typed-pinyin.js';
export { studyStats, retention, dueForecast, cardsByState, type StudyStats, type Retention, type CardsByState, type StatsOptions } from './stats.js';
