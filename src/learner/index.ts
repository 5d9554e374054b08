/**
 * The learner as the engine sees them, from the database: which words are not hard (known
 * and ignored), which preferences apply, which articles they opened. Shared by CLI and app.
 */
import type { KnownWords } from '../select/index.js';
import { ignoredWordSet, knownWordSet, type Database } from '../storage/index.js';

export { choosePreferences, settingsToRemember, DEFAULT_LEVEL, DEFAULT_SORT, type GivenPreferences, type Preferences } from './preferences.js';
export { simplifiedKey } from './word-key.js';
export { recordOpenedArticles } from './opened-articles.js';

/** Known and ignored words both keep a word off the hard list (and so off the cards). */
export function wordsNotHard(db: Database): KnownWords[] {
  return [knownWordSet(db), ignoredWordSet(db)];
}
export { learnerStore, type LearnerStore, type WordMark } from './learner-store.js';
