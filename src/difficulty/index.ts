/** How hard articles are for this learner: coverage curves, personal coverage, budget, reading lists. */
export { articleDifficulty, readingList, type ArticleDifficulty, type BudgetWord, type CurvePoint } from './article-difficulty.js';
