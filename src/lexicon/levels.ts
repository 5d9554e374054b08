/**
 * The frequency model behind estimated levels: two corpus ranks blended, and rank
 * boundaries calibrated on the HSK 2.0 list.
 *
 * The book corpus (BCC) rates formal news words as easy (机制 ≈ 1,000th) while the
 * subtitle corpus (SUBTLEX-CH) puts them near 12,000th; learners meet spoken words
 * first, so the combined rank leans on the subtitle rank.
 */
import { beyondLevel } from '../levels/index.js';

const MOVIE_WEIGHT = 0.7;

/**
 * A word missing from one list but common in the other is mostly a segmentation
 * difference (SUBTLEX-CH cuts 几个 and 第一次 apart), not rarity: its missing rank is
 * this many times its other rank, and never past the list's end.
 */
const MISSING_FACTOR = 8;

/** Identifies the model; stored in the artefact so that retuning rebuilds it. */
export const LEVEL_MODEL = `geometric-blend movie=${MOVIE_WEIGHT} missing=${MISSING_FACTOR}x; midpoint boundaries, chars and words apart`;

/** Lengths of the lists: the rank a word missing from one of them gets at most. */
export interface RankFloor {
  book: number;
  movie: number;
}

/** Spoken-weighted geometric blend of the two ranks; null when neither corpus has the word. */
export function combinedRank(book: number | null, movie: number | null, floor: RankFloor): number | null {
  if (book === null && movie === null) return null;
  const b = book ?? Math.min(floor.book, movie! * MISSING_FACTOR);
  const m = movie ?? Math.min(floor.movie, book! * MISSING_FACTOR);
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
