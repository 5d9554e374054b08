/** Per-lexicon memo tables: long texts repeat their words, so what a word needs is worked out once. */
import type { Lexicon } from '../lexicon/index.js';

/** A reset bounds memory on huge inputs; a word seen again after it is simply worked out anew. */
const LIMIT = 200_000;

/**
 * `make(key, lx)`, remembered per lexicon. The last lexicon's table is kept at hand: a WeakMap
 * lookup per token would cost more than the memo saves.
 */
export function lexiconMemo<T>(make: (key: string, lx: Lexicon) => T): (key: string, lx: Lexicon) => T {
  const tables = new WeakMap<Lexicon, Map<string, T>>();
  let lastLexicon: Lexicon | undefined;
  let table = new Map<string, T>();
  return (key, lx) => {
    if (lx !== lastLexicon) {
      lastLexicon = lx;
      table = tables.get(lx) ?? new Map();
      tables.set(lx, table);
    }
    let value = table.get(key);
    if (value === undefined) {
      if (table.size >= LIMIT) table.clear();
      table.set(key, (value = make(key, lx)));
    }
    return value;
  };
}
