/**
 * Reads jieba's tag table in place (see artefact.ts): words of one length sit end to end at a
 * fixed stride, so a lookup is a binary search over one group with no offsets and no copying.
 */
import type { ArtefactHeader, Sections } from './artefact.js';

export function segmenterTagLookup(header: ArtefactHeader, s: Sections): (word: string) => string | undefined {
  const { names, lengths } = header.segmenterTags;
  const text = s.segmenterTagText;
  const ids = s.segmenterTagIds;
  // First word number and first text unit of each length group (index = length).
  const firstWord = new Uint32Array(lengths.length + 2);
  const firstUnit = new Float64Array(lengths.length + 2);
  for (let len = 1; len <= lengths.length; len++) {
    firstWord[len + 1] = firstWord[len]! + lengths[len - 1]!;
    firstUnit[len + 1] = firstUnit[len]! + lengths[len - 1]! * len;
  }
  /** Compares the `pos`-th word of the group of `word`'s length with `word`. */
  const compare = (base: number, pos: number, word: string): number => {
    const at = base + pos * word.length;
    for (let i = 0; i < word.length; i++) {
      const d = text[at + i]! - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return 0;
  };
  return (word) => {
    const len = word.length;
    if (len === 0 || len > lengths.length) return undefined;
    const base = firstUnit[len]!;
    let lo = 0;
    let hi = lengths[len - 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(base, mid, word);
      if (d === 0) return names[ids[firstWord[len]! + mid]!];
      if (d < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  };
}
