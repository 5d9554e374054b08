export type * from './types.js';
export { wordCards, wordCard, sentenceCards, locateTarget, fileNameOf, type CardOptions } from './build.js';
export { fitSentence, visibleLength, CARD_SENTENCE_MAX } from './clause.js';
export { occurrences, maskHeadword, distinctForms, HEADWORD_MARK, type Span } from './forms.js';
export { decideUpdate, mergeTags, countStatuses, EMPTY_LEDGER } from './ledger.js';
export type { Ledger, LedgerEntry, NoteStatus, UpdateDecision, StatusCounts } from './ledger.js';
