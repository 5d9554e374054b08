/**
 * HSK levels: official HSK 2.0 where listed, otherwise estimated from corpus frequency.
 *
 * The book corpus (BCC) rates formal news words as easy (机制 ≈ 1,000th) while the
 * subtitle corpus (SUBTLEX-CH) puts them near 12,000th; learners meet spoken words
 * first, so the combined rank leans on the subtitle rank.
 */
import { beyondLevel } from '../levels/index.js';
import type { Lexicon } from './types.js';

const MOVIE_WEIGHT = 0.7;

/** Identifies the model; stored in the artefact so that retuning rebuilds it. */
export const LEVEL_MODEL = `geometric-blend movie=${MOVIE_WEIGHT}; midpoint boundaries`;

/** Rank given to a word missing from one list: rarer than anything on it. */
export interface RankFloor {
  book: number;
  movie: number;
}

/** Spoken-weighted geometric blend of the two ranks; null when neither corpus has the word. */
export function combinedRank(book: number | null, movie: number | null, floor: RankFloor): number | null {
  if (book === null && movie === null) return null;
  const b = book ?? floor.book;
  const m = movie ?? floor.movie;
  return Math.round(Math.exp(MOVIE_WEIGHT * Math.log(m) + (1 - MOVIE_WEIGHT) * Math.log(b)));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Upper combined-rank bound for each level 1–6: the geometric midpoint between the
 * median ranks of neighbouring levels; the last bound extrapolates one more step.
 */
export function calibrateBoundaries(ranksByLevel: number[][]): number[] {
  const medians = ranksByLevel.map(median);
  const bounds: number[] = [];
  for (let i = 0; i < medians.length; i++) {
    const here = medians[i]!;
    const next = medians[i + 1] ?? (here * here) / (medians[i - 1] ?? here);
    bounds.push(Math.round(Math.sqrt(here * Math.max(next, here + 1))));
  }
  for (let i = 1; i < bounds.length; i++) bounds[i] = Math.max(bounds[i]!, bounds[i - 1]! + 1);
  return bounds;
}

/** Estimated level 1…top, or beyondLevel(); beyond when the word is in neither corpus. */
export function estimateLevel(rank: number | null, boundaries: readonly number[]): number {
  if (rank === null) return beyondLevel();
  const i = boundaries.findIndex((b) => rank <= b);
  return i === -1 ? beyondLevel() : i + 1;
}

export interface WordLevel {
  /** 1–6, 7 = beyond HSK 6; null when the word is in neither CC-CEDICT nor any list. */
  level: number | null;
  /** True when the level comes from frequency, not from the official HSK 2.0 list. */
  estimated: boolean;
  /** SUBTLEX-CH subtitle rank when listed there, else BCC book rank, else null. */
  frequencyRank: number | null;
  /** The spoken-weighted blend of both ranks that the estimate uses, for ranking words. */
  combinedRank: number | null;
}

/** The word itself, then the simplified forms it is the traditional spelling of (機制 → 机制). */
function simplifiedForms(word: string, lx: Lexicon): string[] {
  const forms = [word];
  for (const e of lx.lookup(word)) if (e.traditional === word && !forms.includes(e.simplified)) forms.push(e.simplified);
  return forms;
}

export function wordLevel(word: string, lx: Lexicon): WordLevel {
  const forms = simplifiedForms(word, lx);
  let best: { rank: number; book: number | null; movie: number | null } | null = null;
  for (const form of forms) {
    const book = lx.bookRank(form);
    const movie = lx.movieRank(form);
    const rank = combinedRank(book, movie, lx.rankFloor);
    if (rank !== null && (!best || rank < best.rank)) best = { rank, book, movie };
  }
  const frequencyRank = best ? (best.movie ?? best.book) : null;
  const combined = best?.rank ?? null;
  const official = forms.map((f) => lx.hskLevel(f)).filter((l): l is number => l !== null);
  if (official.length) return { level: Math.min(...official), estimated: false, frequencyRank, combinedRank: combined };
  if (!best && !lx.has(word)) return { level: null, estimated: false, frequencyRank: null, combinedRank: null };
  return { level: estimateLevel(combined, lx.levelBoundaries), estimated: true, frequencyRank, combinedRank: combined };
}
