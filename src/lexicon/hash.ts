/**
 * The headword hash section: open addressing with linear probing over the runs of equal
 * headwords, so `has()` costs a hash and a probe or two instead of two binary searches.
 * A slot holds the run's start + 1 (0 = empty): an entry id for a simplified headword, or
 * a position in `tradOrder` flagged with TRAD_FLAG for a traditional one.
 */

export const TRAD_FLAG = 0x80000000;
export const POSITION_MASK = 0x7fffffff;

/** FNV-1a over UTF-16 code units, with a final mix so that the low bits spread. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Slots for distinct keys, each with its slot value; about half the table stays empty. */
export function buildHashSlots(keys: ReadonlyArray<readonly [string, number]>): Uint32Array {
  let size = 1024;
  while (size < keys.length * 2) size *= 2;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  for (const [word, value] of keys) {
    let slot = hashWord(word) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = value;
  }
  return slots;
}
