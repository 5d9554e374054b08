/**
 * The segmenter asks the lexicon the same few questions about the same words many times
 * (is 无锡 a proper noun?); those that cost more than a string map are memoised per lexicon.
 * `has`, levels and ranks are searched in place (cheaper than hashing, measured) and surnames
 * are a set already, so they are read through.
 */
import type { Lexicon } from '../lexicon/index.js';

const memos = new WeakMap<Lexicon, Lexicon>();

function memo<T>(f: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined && !cache.has(word)) cache.set(word, (v = f(word)));
    return v as T;
  };
}

/** The same lexicon with memoised lookups; anything not memoised is read through to `lx`. */
export function memoLexicon(lx: Lexicon): Lexicon {
  let m = memos.get(lx);
  if (!m) {
    m = Object.assign(Object.create(lx) as Lexicon, {
      isProperNoun: memo((w) => lx.isProperNoun(w)),
    });
    memos.set(lx, m);
  }
  return m;
}
