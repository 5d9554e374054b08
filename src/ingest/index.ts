/** Ingest stage: inputs → decoded, de-marked, reflowed, classified article text. */

export { readInputs, type ReadOptions } from './read.js';
export { decodeBuffer, type DecodeOptions } from './decode.js';
export { extractText, formatOf, type TextFormat } from './extract.js';
export { reflow, type ReflowOptions } from './reflow.js';
export { splitSentences } from './sentences.js';
export { titleOf } from './title.js';
