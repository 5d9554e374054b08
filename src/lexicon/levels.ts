/**
 * Level estimates for words outside the HSK list, from corpus frequency.
 *
 * The book corpus (BCC) rates formal news words as easy (机制 ≈ 1,000th) while the
 * subtitle corpus (SUBTLEX-CH) puts them near 12,000th; learners meet spoken words
 * first, so the combined rank leans on the subtitle rank.
 */

const MOVIE_WEIGHT = 0.7;

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

/** Estimated level 1–6, or 7 for "beyond HSK 6"; 7 when the word is in neither corpus. */
export function estimateLevel(rank: number | null, boundaries: readonly number[]): number {
  if (rank === null) return 7;
  const i = boundaries.findIndex((b) => rank <= b);
  return i === -1 ? 7 : i + 1;
}
