/** How much of a text a learner at each HSK level can read. */
import { DEFAULT_SCALE, beyondLevel, isBeyond, scaleLevels, type LevelScale } from '../levels/index.js';

export const COVERAGE_TARGET = 0.95;

/**
 * Share of word tokens at or below each level of the scale. Unlevelled words count as
 * beyond it. Names, numbers and punctuation are not passed in, so they do not count.
 */
export function coverageByLevel(tokenLevels: ReadonlyArray<number | null>, scale: LevelScale = DEFAULT_SCALE): Record<string, number> {
  // One pass: a histogram of levels, then running sums (texts can have millions of tokens).
  const atLevel = new Array<number>(beyondLevel(scale) + 1).fill(0);
  for (const l of tokenLevels) if (!isBeyond(l, scale)) atLevel[l!]!++;
  const coverage: Record<string, number> = {};
  let covered = 0;
  for (const level of scaleLevels(scale)) {
    covered += atLevel[level]!;
    coverage[String(level)] = tokenLevels.length ? round4(covered / tokenLevels.length) : 0;
  }
  return coverage;
}

/** Lowest level whose coverage reaches `share`; beyondLevel() when even the top level does not. */
export function levelReaching(coverage: Record<string, number>, share: number, scale: LevelScale = DEFAULT_SCALE): number {
  for (const level of scaleLevels(scale)) if ((coverage[String(level)] ?? 0) >= share) return level;
  return beyondLevel(scale);
}

/** Lowest level whose coverage reaches 95%. */
export function estimatedTextLevel(coverage: Record<string, number>, scale: LevelScale = DEFAULT_SCALE): number {
  return levelReaching(coverage, COVERAGE_TARGET, scale);
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
