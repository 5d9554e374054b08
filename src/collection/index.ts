/**
 * The local study collection: the study core (src/study) on the learner database
 * (src/storage). Export and `study --add` fill it; the review screen and stats read it.
 *
 *   addWordsToCollection(db, deck, wordCards, ['recognition', 'production'], now);
 *   const { queue, scheduler } = loadSession(db, now, { deck: null });
 *   const step = reduceSession(startSession(queue, now), action, scheduler);
 *   applyEffects(db, step.effects, now);   // committed before the next card is shown
 */
export { addWordsToCollection } from './add-notes.js';
export { studyKindsFor, studyNote, studyNotesFromWords } from './notes-from-cards.js';
export { readStudyOptions, saveStudyOptions, DEFAULT_STUDY_OPTIONS, type StudyOptions } from './settings.js';
export { loadQueue, loadSession, applyEffects, noteReader, type LoadOptions, type LoadedSession } from './session-store.js';
export { collectionStats, dueCounts, type DueCounts } from './stats.js';
