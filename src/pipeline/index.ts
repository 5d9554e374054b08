export { analyzeArticles, analyzeInWorkers, readsInWorkers, WORKER_THRESHOLD_CHARS, type AnalyzeOptions, type ParallelOptions } from './analyze.js';
export { loadInputs, loadAnalysis, readKnownFile, readKnownEntries, readKnownText, type InputOptions, type LoadedInputs } from './load-inputs.js';
export { AnalysisSession, inProcessService, type AnalysisService, type OpenRequest, type Opened, type LevelRow, type ArticleSummary } from './analysis-session.js';
export { backgroundService } from './background-analysis.js';
export { CutterThread } from './cutter-thread.js';
