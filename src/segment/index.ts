/**
 * Word segmentation: nodejieba (HMM on) refined with CC-CEDICT, so that every `word` token has a
 * dictionary entry and names, numbers, Latin, punctuation and symbols are told apart.
 */
export { jiebaCuts, segmentSentences, simplifiedCopies } from './segment.js';
export { jiebaCutsOf } from './cuts.js';
export { dictionaryForm, simplifiedCopy } from './simplify.js';
export { dictionaryParts } from './split.js';
/** The process's one nodejieba instance, for anything else that needs a raw cut (e.g. benchmarks). */
export { jiebaCut, jiebaTag, loadSegmenter, segmenterLoaded, useJiebaTagTable } from './jieba.js';
