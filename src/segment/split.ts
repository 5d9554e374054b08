/**
 * Splitting compounds jieba makes but CC-CEDICT lacks (科研院所, 情况汇报, 我市, 良好环境) into
 * dictionary words, so that every vocabulary item has an entry: fewest pieces first, then the
 * most frequent pieces. A numeral run (一千二百万) counts as one piece.
 */
import type { Lexicon } from '../lexicon/index.js';
import { isNumeralPiece } from './numbers.js';

interface Cost {
  unknown: number;
  pieces: number;
  rarity: number;
}

const better = (a: Cost, b: Cost): boolean =>
  a.unknown !== b.unknown ? a.unknown < b.unknown : a.pieces !== b.pieces ? a.pieces < b.pieces : a.rarity < b.rarity - 1e-9;

function rarity(word: string, lx: Lexicon): number {
  const ranks = [lx.bookRank(word), lx.movieRank(word)].filter((r): r is number => r !== null);
  return Math.log(ranks.length ? Math.min(...ranks) : 1e6);
}

/**
 * Lengths of the pieces of `text` (original script) / `simp` (its simplified copy, same length).
 * Characters outside the dictionary become one-character pieces and cost the most.
 * `maxPiece` caps a piece's length in characters.
 */
export function splitLengths(text: string, simp: string, lx: Lexicon, maxPiece = lx.maxWordLength): number[] {
  // Cut only between code points: CJK extension B characters are surrogate pairs.
  const at: number[] = [0];
  for (const ch of text) at.push(at[at.length - 1]! + ch.length);
  const n = at.length - 1;
  // Simplified text is its own copy: ask the dictionary once per piece, not twice.
  const same = text === simp;
  const best: Cost[] = [{ unknown: 0, pieces: 0, rarity: 0 }];
  const step: number[] = [0];
  for (let end = 1; end <= n; end++) {
    for (let len = 1; len <= Math.min(end, maxPiece); len++) {
      const from = best[end - len]!;
      const s = simp.slice(at[end - len], at[end]);
      const known = lx.has(s) || (!same && lx.has(text.slice(at[end - len], at[end])));
      const numeral = !known && isNumeralPiece(s);
      if (!known && !numeral && len > 1) continue;
      const cost: Cost = {
        unknown: from.unknown + (known || numeral ? 0 : 1),
        pieces: from.pieces + 1,
        rarity: from.rarity + (known ? rarity(s, lx) : numeral ? 0 : 20),
      };
      const current = best[end];
      if (!current || better(cost, current)) {
        best[end] = cost;
        step[end] = len;
      }
    }
  }
  const lengths: number[] = [];
  for (let end = n; end > 0; end -= step[end]!) lengths.unshift(at[end]! - at[end - step[end]!]!);
  return lengths;
}

/**
 * The dictionary words a word is made of (never the word itself), split as above, or null
 * when it is a single character or some part is not in the dictionary: 全市 → 全 + 市.
 */
export function dictionaryParts(word: string, lx: Lexicon): string[] | null {
  const chars = [...word].length;
  if (chars < 2) return null;
  const parts: string[] = [];
  let at = 0;
  for (const len of splitLengths(word, word, lx, chars - 1)) parts.push(word.slice(at, (at += len)));
  return parts.every((p) => lx.has(p)) ? parts : null;
}
