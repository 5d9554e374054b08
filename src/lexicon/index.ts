export type { LexEntry, Lexicon } from './types.js';
export { lexiconFromBytes, loadLexicon, prefetchLexicon, readLexicon, validateArtefact, type ReadLexiconOptions } from './load.js';
export { artefactPath } from './artefact.js';
export { writeArtefact } from './build.js';
export { LEVEL_MODEL, combinedRank, estimateLevel } from './levels.js';
export { characterFloor, wordLevel, type LevelOptions, type LevelSource, type WordLevel } from './word-level.js';
export { contentWords, sharesMeaning, usedAlone } from './compounds.js';
export { defineWord, type Definition, type WordContext } from './definitions.js';
export { looksTraditional, variantHeadword } from './variants.js';
