/** Known and ignored words both keep a word off the hard list (and so off the cards). */
import type { KnownWords } from '../select/index.js';
import { ignoredWordSet, knownWordSet, type Database } from '../storage/index.js';

/** One snapshot of each list, to pass to pipeline/loadInputs next to a `--known` file. */
export function wordsNotHard(db: Database): KnownWords[] {
  return [knownWordSet(db), ignoredWordSet(db)];
}
