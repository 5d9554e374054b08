/** Adds an export's word cards to the study collection (export and `study --add` share it). */
import type { CardKind, WordCard } from '../cards/index.js';
import { addStudyNotes, knownWordSet, type AddNotesResult, type Database } from '../storage/index.js';
import { createScheduler } from '../study/index.js';
import { studyKindsFor, studyNotesFromWords } from './notes-from-cards.js';

/**
 * Known words are left out (they never become new cards); a word added again keeps its cards'
 * schedules and gets its content refreshed.
 */
export function addWordsToCollection(db: Database, deckName: string, words: readonly WordCard[], kinds: readonly CardKind[], now: number): AddNotesResult {
  const known = knownWordSet(db);
  const fresh = words.filter((w) => !known.has(w.simplified));
  const notes = studyNotesFromWords(fresh, studyKindsFor(kinds), createScheduler(), now);
  return addStudyNotes(db, deckName, notes, now);
}
