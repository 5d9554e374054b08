export { analyzeArticles, analyzeInWorkers, WORKER_THRESHOLD_CHARS, type AnalyzeOptions, type ParallelOptions } from './analyze.js';
export { loadInputs, loadAnalysis, readKnownFile, readKnownEntries, type InputOptions, type LoadedInputs } from './load-inputs.js';
