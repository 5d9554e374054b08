export { analyzeArticles, type AnalyzeOptions } from './analyze.js';
export { loadInputs, loadAnalysis, readKnownFile, type InputOptions } from './load-inputs.js';
