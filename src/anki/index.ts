/** Anki (.apkg, TSV) and Pleco export, built on anki-apkg-export (see exporter.ts). */
export { buildDeckPlan, normaliseDeckName } from './plan.js';
export type { DeckPlan, DeckPlanInput, PlannedDeck, PlannedNote } from './plan.js';
export { writeApkg, renderApkg, isZhcardsApkg } from './apkg.js';
export type { WriteOptions, WriteResult } from './apkg.js';
export { writeTsv } from './tsv.js';
export { writePleco } from './pleco.js';
export type { PlecoOptions } from './pleco.js';
export { safeDeckFileName, resolveDeckPath, defaultDeckName } from './paths.js';
export { WORD_NOTE_TYPE, SENTENCE_NOTE_TYPE } from './note-types.js';
export type { NoteType, CardTemplate } from './note-types.js';
// Card identity lives in cards/; re-exported so writer callers need one import.
export { CARD_KINDS, type CardKind } from '../cards/index.js';
export { WORD_FIELDS, SENTENCE_FIELDS } from './fields.js';
export {
  WORD_NOTE_TYPE_ID,
  SENTENCE_NOTE_TYPE_ID,
  PARENT_DECK_ID,
  PARENT_DECK_NAME,
  deckIdFor,
  wordGuid,
  sentenceGuid,
} from '../cards/index.js';
