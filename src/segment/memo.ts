/**
 * The segmenter asks the lexicon the same few questions about the same words many times
 * (is 王 a surname? is 无锡 a proper noun?); answers are memoised per lexicon. `has` is
 * memoised by the lexicon itself.
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
      isSurname: memo((w) => lx.isSurname(w)),
      hskLevel: memo((w) => lx.hskLevel(w)),
      bookRank: memo((w) => lx.bookRank(w)),
      movieRank: memo((w) => lx.movieRank(w)),
    });
    memos.set(lx, m);
  }
  return m;
}
