/**
 * The learner as the engine sees them, from the database: which words are not hard (known
 * and ignored), which preferences apply, which articles they opened. Shared by CLI and app.
 */
export { choosePreferences, settingsToRemember, DEFAULT_LEVEL, DEFAULT_LEVEL_SYSTEM, DEFAULT_SORT, type GivenPreferences, type Preferences } from './preferences.js';
export { simplifiedKey } from './word-key.js';
export { recordOpenedArticles } from './opened-articles.js';
export { wordsNotHard } from './words-not-hard.js';
export { learnerStore, type LearnerStore, type WordMark } from './learner-store.js';
export { markWordsKnown, undoMarkKnown, type MarkKnownUndo } from './mark-known.js';
