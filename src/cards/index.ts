export type * from './types.js';
export { wordCards, wordCard, sentenceCards, locateTarget, type CardOptions } from './build.js';
export { CARD_KINDS, DEFAULT_CARD_KINDS, isCardKind, type CardKind } from './kinds.js';
export {
  WORD_NOTE_TYPE_ID,
  SENTENCE_NOTE_TYPE_ID,
  PARENT_DECK_ID,
  PARENT_DECK_NAME,
  OUR_NOTE_TYPE_IDS,
  deckIdFor,
  wordGuid,
  sentenceGuid,
  stableGuid,
  normaliseReading,
  normaliseSentence,
} from './identity.js';
