/**
 * Difficulty a learner can act on. "Beyond HSK 6 at 95%" describes nearly every news article;
 * what helps is how much of this text they know at their level, how often they will stop at
 * an unknown word, and the level at which the text becomes readable (90%) or easy (98%).
 */
import type { TextDifficulty } from '../domain/types.js';
import { round4 } from './coverage.js';

export interface DifficultyCounts {
  /** The learner's level. */
  level: number;
  wordTokens: number;
  /** Chinese (Han) characters in the text the counts come from. */
  hanChars: number;
  /** Word tokens a learner at `level` does not know: their hard words, and words with no dictionary entry. */
  unknownAt: (level: number) => number;
}

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

export function textDifficulty(c: DifficultyCounts): TextDifficulty {
  const known = (level: number) => (c.wordTokens ? round4(1 - c.unknownAt(level) / c.wordTokens) : 0);
  const knownByLevel: Record<string, number> = {};
  for (const l of LEVELS) knownByLevel[String(l)] = known(l);
  const reaching = (share: number) => LEVELS.find((l) => knownByLevel[String(l)]! >= share) ?? 7;
  const unknown = c.unknownAt(c.level);
  return {
    level: c.level,
    coverage: knownByLevel[String(c.level)] ?? known(c.level),
    unknownPer100Chars: c.hanChars ? Math.round((unknown / c.hanChars) * 1000) / 10 : 0,
    knownByLevel,
    level90: reaching(0.9),
    level98: reaching(0.98),
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
