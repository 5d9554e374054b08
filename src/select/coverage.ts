/** How much of a text a learner at each HSK level can read. */

export const COVERAGE_TARGET = 0.95;

/**
 * Share of word tokens at or below each level 1–6. Unlevelled words count as beyond
 * HSK 6. Names, numbers and punctuation are not passed in, so they do not count.
 */
export function coverageByLevel(tokenLevels: ReadonlyArray<number | null>): Record<string, number> {
  // One pass: a histogram of levels, then running sums (texts can have millions of tokens).
  const atLevel = new Array<number>(8).fill(0);
  for (const l of tokenLevels) if (l !== null && l >= 1 && l <= 6) atLevel[l]!++;
  const coverage: Record<string, number> = {};
  let covered = 0;
  for (let level = 1; level <= 6; level++) {
    covered += atLevel[level]!;
    coverage[String(level)] = tokenLevels.length ? round4(covered / tokenLevels.length) : 0;
  }
  return coverage;
}

/** Lowest level whose coverage reaches 95%; 7 when even HSK 6 does not. */
/** Lowest level whose coverage reaches `share`; 7 when even HSK 6 does not. */
export function levelReaching(coverage: Record<string, number>, share: number): number {
  for (let level = 1; level <= 6; level++) if ((coverage[String(level)] ?? 0) >= share) return level;
  return 7;
}

export function estimatedTextLevel(coverage: Record<string, number>): number {
  return levelReaching(coverage, COVERAGE_TARGET);
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
