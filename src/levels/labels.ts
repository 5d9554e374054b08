/** How levels read on screen, in cards and in tags; every wording derives from the scale. */
import { DEFAULT_SCALE, isBeyond, topLevel, type LevelScale } from './scale.js';

interface Levelled {
  level: number | null;
  levelEstimated: boolean;
}

/** "HSK 3", or "beyond HSK 6" past the last level. */
export function levelName(level: number, scale: LevelScale = DEFAULT_SCALE): string {
  return isBeyond(level, scale) ? `beyond ${scale.names.at(-1)}` : scale.names[level - 1]!;
}

/** "5", or "7+" past the last level: the number column of tables. */
export function levelNumber(level: number, scale: LevelScale = DEFAULT_SCALE): string {
  return isBeyond(level, scale) ? `${topLevel(scale) + 1}+` : String(level);
}

/** "5", "~6" for an estimate, "7+" beyond the scale, "?" unknown. */
export function levelLabel(v: Levelled, scale: LevelScale = DEFAULT_SCALE): string {
  if (v.level === null) return '?';
  const base = levelNumber(v.level, scale);
  return v.levelEstimated ? `~${base}` : base;
}

/** Long form: "HSK 5", "~HSK 6 (estimated)", "beyond HSK". */
export function levelDescription(v: Levelled, scale: LevelScale = DEFAULT_SCALE): string {
  if (isBeyond(v.level, scale)) return `beyond ${scale.prefix}`;
  const name = scale.names[v.level! - 1]!;
  return v.levelEstimated ? `~${name} (estimated)` : name;
}

/** Anki tag: `hsk::5`, `hsk::beyond`. */
export function levelTag(level: number | null, scale: LevelScale = DEFAULT_SCALE): string {
  return `${scale.tag}::${isBeyond(level, scale) ? 'beyond' : level}`;
}
