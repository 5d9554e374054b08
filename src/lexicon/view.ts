/**
 * The Lexicon over a decoded artefact: headwords through the stored hash table, word
 * statistics by binary search, entries decoded only when looked up. Nothing is indexed
 * at load time.
 */
import type { ArtefactHeader, Sections } from './artefact.js';
import { POSITION_MASK, TRAD_FLAG, hashWord } from './hash.js';
import type { LexEntry, Lexicon } from './types.js';

/** Compares the stored string text[start, end) with `word`, by UTF-16 code units. */
function compareAt(text: Uint16Array, start: number, end: number, word: string): number {
  const len = end - start;
  const n = len < word.length ? len : word.length;
  for (let i = 0; i < n; i++) {
    const d = text[start + i]! - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return len - word.length;
}

/** A sorted list of strings, optionally read through a permutation. */
interface SortedStrings {
  offsets: Uint32Array;
  text: Uint16Array;
  order: Uint32Array | null;
  size: number;
}

function compareWith(s: SortedStrings, pos: number, word: string): number {
  const id = s.order === null ? pos : s.order[pos]!;
  return compareAt(s.text, s.offsets[id]!, s.offsets[id + 1]!, word);
}

/** First position whose string is not below `word` (comparison inlined: this is the hot path). */
function lowerBound(s: SortedStrings, word: string): number {
  const { offsets, text, order } = s;
  const wl = word.length;
  let lo = 0;
  let hi = s.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const id = order === null ? mid : order[mid]!;
    const start = offsets[id]!;
    const len = offsets[id + 1]! - start;
    const n = len < wl ? len : wl;
    let d = 0;
    for (let i = 0; i < n && d === 0; i++) d = text[start + i]! - word.charCodeAt(i);
    if (d === 0) d = len - wl;
    if (d < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function equalAt(text: Uint16Array, offsets: Uint32Array, id: number, word: string): boolean {
  const start = offsets[id]!;
  if (offsets[id + 1]! - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** End of the run of strings equal to `word` that starts at `from`. */
function runEnd(s: SortedStrings, from: number, word: string): number {
  let to = from;
  while (to < s.size && compareWith(s, to, word) === 0) to++;
  return to;
}

function sparseValue(ids: Uint32Array, values: Uint32Array, id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return ids[lo] === id ? values[lo]! : 0;
}

const utf8 = new TextDecoder();
const CAPITAL_A = 65;
const CAPITAL_Z = 90;

export function createLexicon(header: ArtefactHeader, s: Sections): Lexicon {
  const n = header.counts.entries;
  const bySimp: SortedStrings = { offsets: s.simpOffsets, text: s.simpText, order: null, size: n };
  const byTrad: SortedStrings = { offsets: s.tradOffsets, text: s.tradText, order: s.tradOrder, size: n };
  const words: SortedStrings = { offsets: s.wordOffsets, text: s.wordText, order: null, size: header.counts.words };
  const surnames = new Set(header.surnames);
  const str = (text: Uint16Array, offsets: Uint32Array, id: number) => {
    let out = '';
    for (let i = offsets[id]!, end = offsets[id + 1]!; i < end; i++) out += String.fromCharCode(text[i]!);
    return out;
  };

  const { hashSlots, simpText, simpOffsets, tradText, tradOffsets, tradOrder } = s;
  const mask = hashSlots.length - 1;
  /** Walks the probe chain of `word`; returns the matching slot value, or 0. */
  const probe = (word: string, wantTrad: boolean): number => {
    for (let slot = hashWord(word) & mask; ; slot = (slot + 1) & mask) {
      const v = hashSlots[slot]!;
      if (v === 0) return 0;
      const trad = (v & TRAD_FLAG) !== 0;
      if (trad !== wantTrad) continue;
      const pos = (v & POSITION_MASK) - 1;
      if (trad ? equalAt(tradText, tradOffsets, tradOrder[pos]!, word) : equalAt(simpText, simpOffsets, pos, word)) return v;
    }
  };
  const ids = (word: string): number[] => {
    const sv = probe(word, false);
    const tv = probe(word, true);
    const sFrom = sv ? (sv & POSITION_MASK) - 1 : 0;
    const sTo = sv ? runEnd(bySimp, sFrom, word) : 0;
    const tFrom = tv ? (tv & POSITION_MASK) - 1 : 0;
    const tTo = tv ? runEnd(byTrad, tFrom, word) : 0;
    const found: number[] = [];
    for (let i = sFrom; i < sTo; i++) found.push(i);
    for (let p = tFrom; p < tTo; p++) {
      const id = s.tradOrder[p]!;
      if (id < sFrom || id >= sTo) found.push(id);
    }
    return found;
  };
  const entry = (id: number): LexEntry => {
    const [pinyin, ...senses] = utf8.decode(s.info.subarray(s.infoOffsets[id]!, s.infoOffsets[id + 1]!)).split('\x1f');
    const e: LexEntry = { simplified: str(s.simpText, s.simpOffsets, id), traditional: str(s.tradText, s.tradOffsets, id), pinyin: pinyin!, senses };
    const f = sparseValue(s.freqIds, s.freqValues, id);
    if (f) e.readingFrequency = f;
    return e;
  };
  const stat = <T extends Uint32Array | Uint8Array>(column: T, word: string): number | null => {
    const at = lowerBound(words, word);
    return at < words.size && compareWith(words, at, word) === 0 && column[at] ? column[at]! : null;
  };

  return {
    lookup: (word) => ids(word).map(entry),
    has: (word) => probe(word, false) !== 0 || probe(word, true) !== 0,
    isProperNoun: (word) => {
      const found = ids(word);
      return found.length > 0 && found.every((id) => (s.info[s.infoOffsets[id]!] ?? 0) >= CAPITAL_A && s.info[s.infoOffsets[id]!]! <= CAPITAL_Z);
    },
    isSurname: (char) => surnames.has(char),
    hskLevel: (w) => stat(s.hskLevel, w),
    bookRank: (w) => stat(s.bookRank, w),
    movieRank: (w) => stat(s.movieRank, w),
    levelBoundaries: header.levelBoundaries,
    rankFloor: { book: header.counts.bookWords, movie: header.counts.movieWords },
    maxWordLength: header.maxWordLength,
  };
}
