export { analyzeArticles, type AnalyzeOptions } from './analyze.js';
export { loadInputs, loadAnalysis, readKnownFile, readKnownEntries, readKnownText, type InputOptions, type LoadedInputs } from './load-inputs.js';
