export type { LexEntry, Lexicon } from './types.js';
export { loadLexicon, readLexicon, validateArtefact, type ReadLexiconOptions } from './load.js';
export { artefactPath } from './artefact.js';
export { writeArtefact } from './build.js';
export { LEVEL_MODEL, combinedRank, estimateLevel, wordLevel, type WordLevel } from './levels.js';
export { defineWord, type Definition, type WordContext } from './definitions.js';
export { looksTraditional, variantHeadword } from './variants.js';
