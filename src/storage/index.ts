/**
 * The learner database (SQLite via better-sqlite3; the only folder that imports it).
 *
 *   const db = openDatabase(databasePath(env));   // creates, migrates; StorageError on a bad file
 *   addKnownWords(db, ['调研'], 'cli', now);       // every write takes `now` from the caller
 *   knownWordSet(db).has('调研');
 *   db.close();
 *
 * Repositories are plain functions taking the handle. New tables: add a migration module and
 * append it to migrations/index.ts. Everything is synchronous; each write is one transaction.
 */
export { openDatabase, openMemoryDatabase, BUSY_TIMEOUT_MS, type Database, type OpenOptions } from './open-database.js';
export { migrate, schemaVersion, APPLICATION_ID, type Migration } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
export { StorageError, storageError } from './errors.js';
export type { ListedWord, WordSet } from './word-list.js';
export { addKnownWords, removeKnownWords, listKnownWords, knownWordSet } from './known-words.js';
export { addIgnoredWords, removeIgnoredWords, listIgnoredWords, ignoredWordSet } from './ignored-words.js';
export { readSettings, getSetting, writeSettings, clearSetting, type Settings, type SettingKey } from './settings.js';
export { recordArticleOpened, recentArticles, forgetArticle, contentHash, type OpenedArticle } from './articles.js';
export { exportLedger, recordExport, exportedNoteCount } from './export-ledger.js';
export { loadDueCards, loadNewCards, loadAllCards, getStudyCard, setSuspended, writeCardSchedule, type CardFilter } from './study-cards.js';
export { saveReview, undoReview, insertReviewLog, logsSince, logsOfCard, countReviewLog, retentionCounts } from './review-log.js';
export { ensureDeck, listDecks, findDeck, renameDeck, deleteDeck, deckContents, type StudyDeck } from './study-decks.js';
export { addStudyNotes, getStudyNote, countStudyNotes, type StudyNote, type AddNotesResult } from './study-notes.js';
export { countCardsByState, dueTimes, nextDue, countCards } from './study-stats.js';
