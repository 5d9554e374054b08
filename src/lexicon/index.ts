export type { LexEntry, Lexicon } from './types.js';
export { loadLexicon, createLexicon } from './load.js';
export { combinedRank, estimateLevel } from './levels.js';
