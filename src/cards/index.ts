export type * from './types.js';
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
export { wordCards, wordCard, sentenceCards, locateTarget, fileNameOf, type CardOptions } from './build.js';
export { fitSentence, visibleLength, CARD_SENTENCE_MAX } from './clause.js';
export { occurrences, maskHeadword, maskDefinitions, distinctForms, HEADWORD_MARK, type Span } from './forms.js';
export { decideUpdate, mergeTags, countStatuses, EMPTY_LEDGER } from './ledger.js';
export type { Ledger, LedgerEntry, NoteStatus, UpdateDecision, StatusCounts } from './ledger.js';
