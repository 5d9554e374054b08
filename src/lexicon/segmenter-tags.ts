/**
 * Reads jieba's tag table in place (see artefact.ts): find the run of the word's length and first
 * unit, then the rest of the word among the run's tails, which sit end to end at a fixed stride.
 */
import type { ArtefactHeader, Sections } from './artefact.js';

export function segmenterTagLookup(header: ArtefactHeader, s: Sections): (word: string) => string | undefined {
  const { names, lengths, runs } = header.segmenterTags;
  const { segmenterTagHeads: heads, segmenterTagRunSizes: sizes, segmenterTagText: text, segmenterTagIds: ids } = s;
  const longest = lengths.length;
  // By length (index = length): first run, first word and first text unit of its group.
  const firstRun = new Uint32Array(longest + 2);
  const firstWord = new Uint32Array(longest + 2);
  const firstUnit = new Float64Array(longest + 2);
  for (let len = 1; len <= longest; len++) {
    firstRun[len + 1] = firstRun[len]! + runs[len - 1]!;
    firstWord[len + 1] = firstWord[len]! + lengths[len - 1]!;
    firstUnit[len + 1] = firstUnit[len]! + lengths[len - 1]! * (len - 1);
  }
  // First word of each run (all groups numbered in one sequence).
  const runStart = new Uint32Array(heads.length + 1);
  for (let r = 0; r < heads.length; r++) runStart[r + 1] = runStart[r]! + sizes[r]!;

  /** Finds the run of `word`'s length whose words start with its first unit; -1 when none. */
  const runOf = (word: string): number => {
    const head = word.charCodeAt(0);
    let lo = firstRun[word.length]!;
    let hi = firstRun[word.length + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (heads[mid]! < head) lo = mid + 1;
      else hi = mid;
    }
    return lo < firstRun[word.length + 1]! && heads[lo] === head ? lo : -1;
  };
  /** Compares the tail of word number `k` (of `word`'s length group) with the tail of `word`. */
  const compare = (k: number, word: string): number => {
    const len = word.length;
    const at = firstUnit[len]! + (k - firstWord[len]!) * (len - 1);
    for (let i = 1; i < len; i++) {
      const d = text[at + i - 1]! - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return 0;
  };
  return (word) => {
    if (word.length === 0 || word.length > longest) return undefined;
    const r = runOf(word);
    if (r < 0) return undefined;
    let lo = runStart[r]!;
    let hi = runStart[r + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(mid, word);
      if (d === 0) return names[ids[mid]!];
      if (d < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  };
}
