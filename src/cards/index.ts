export type * from './types.js';
export { wordCards, wordCard, sentenceCards, locateTarget, type CardOptions } from './build.js';
