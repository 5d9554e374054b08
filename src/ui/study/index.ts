/** Terminal study screens; the engine behind them is src/collection (dueCounts for the Library). */
export { StudyApp, type StudyAppProps } from './StudyApp.js';
export { runStudyApp, type StudyRun } from './run-study.js';
export { statsLines } from './stats-lines.js';
export { studyKey, type StudyIntent, type KeyMode } from './study-keys.js';
