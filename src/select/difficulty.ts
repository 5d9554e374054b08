/**
 * Difficulty a learner can act on. "Beyond HSK 6 at 95%" describes nearly every news article;
 * what helps is how much of this text they know at their level, how often they will stop at
 * an unknown word, and the levels at which the text becomes readable (90%) or easy (98%).
 */
import type { TextDifficulty } from '../domain/types.js';
import type { LevelScale } from '../levels/index.js';
import { levelReaching, round4 } from './coverage.js';

export interface DifficultyCounts {
  /** The learner's level. */
  level: number;
  wordTokens: number;
  /** Word tokens the learner does not know: their hard words, and words with no dictionary entry. */
  unknownTokens: number;
  /** Chinese (Han) characters in the text the word tokens come from. */
  hanChars: number;
  /** Listed coverage by level (`coverageByLevel`). */
  coverage: Record<string, number>;
  /** The level system's scale (default HSK 2.0). */
  scale?: LevelScale;
}

export function textDifficulty(c: DifficultyCounts): TextDifficulty {
  return {
    level: c.level,
    coverage: c.wordTokens ? round4(1 - c.unknownTokens / c.wordTokens) : 0,
    listedCoverage: c.coverage[String(c.level)] ?? 0,
    unknownPer100Chars: c.hanChars ? Math.round((c.unknownTokens / c.hanChars) * 1000) / 10 : 0,
    level90: levelReaching(c.coverage, 0.9, c.scale),
    level98: levelReaching(c.coverage, 0.98, c.scale),
  };
}

/** Chinese characters in a text: CJK ideographs, extension A, compatibility forms and the astral extensions. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) n++;
  }
  return n;
}
