export { analyzeArticles, type AnalyzeOptions } from './analyze.js';
