/**
 * A level scale as data: how many levels a system has and what each is called, so a
 * second system (HSK 3.0, frequency bands) is one more value here, not new literals.
 */

export interface LevelScale {
  /** Stable id, for settings and files: `hsk2`. */
  readonly id: string;
  /** The system's full name: `HSK 2.0`. */
  readonly title: string;
  /** Word put before a level number: `HSK` → "HSK 3". */
  readonly prefix: string;
  /** Name of each level, index 0 = level 1. Level numbers run 1…names.length. */
  readonly names: readonly string[];
  /** Prefix of Anki tags: `hsk` → `hsk::3`, `hsk::beyond`. */
  readonly tag: string;
}

/** A numbered scale: "PREFIX 1" … "PREFIX n". */
export function numberedScale(id: string, title: string, prefix: string, levels: number, tag = id.replace(/\d+$/, '')): LevelScale {
  return { id, title, prefix, tag, names: Array.from({ length: levels }, (_, i) => `${prefix} ${i + 1}`) };
}

/** Official HSK 2.0 (2012): six levels; everything past level 6 is "beyond". */
export const HSK2: LevelScale = numberedScale('hsk2', 'HSK 2.0', 'HSK', 6);

/** The scale the engine speaks unless told otherwise. */
export const DEFAULT_SCALE = HSK2;

/** Highest listed level (6 for HSK 2.0). */
export function topLevel(scale: LevelScale = DEFAULT_SCALE): number {
  return scale.names.length;
}

/** The number that stands for "beyond the last level" (7 for HSK 2.0). */
export function beyondLevel(scale: LevelScale = DEFAULT_SCALE): number {
  return scale.names.length + 1;
}

/** The listed levels in order: [1, 2, 3, 4, 5, 6]. */
export function scaleLevels(scale: LevelScale = DEFAULT_SCALE): number[] {
  return Array.from({ length: scale.names.length }, (_, i) => i + 1);
}

/** True for no level, or a level outside the listed ones. */
export function isBeyond(level: number | null, scale: LevelScale = DEFAULT_SCALE): boolean {
  return level === null || level < 1 || level > scale.names.length;
}

/** A word with no level counts as beyond the scale. */
export function levelOrBeyond(level: number | null, scale: LevelScale = DEFAULT_SCALE): number {
  return level ?? beyondLevel(scale);
}

/** A learner's level kept inside the listed levels. */
export function clampLevel(level: number, scale: LevelScale = DEFAULT_SCALE): number {
  return Math.max(1, Math.min(topLevel(scale), level));
}
