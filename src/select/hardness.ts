/** Which words are hard for this learner. */
import { levelOrBeyond } from '../levels/index.js';
import type { KnownWords } from './known-words.js';

export interface LearnerPolicy {
  /** Level the learner is at (1…top of the scale): words at or below it are not hard. */
  level: number;
  known: KnownWords;
}

/** One dictionary part of an unlisted compound, as the hardness rule needs it. */
export interface CompoundPart {
  word: string;
  level: number | null;
  /**
   * The part is a free word: its level is from an official list (HSK 2.0, HSK 3.0), which
   * lists words, not morphemes. A frequency estimate may be a bound morpheme's (力 in 力度,
   * 基 in 基层: frequent only inside words).
   */
  free: boolean;
  /** The compound's gloss shares a content word with this part's everyday senses. */
  sharesMeaning: boolean;
}

export interface WordLevelFacts {
  word: string;
  traditional: string;
  /** A level of the scale, or beyondLevel(); null if unknown (treated as beyond). */
  level: number | null;
  levelEstimated: boolean;
  /**
   * The word's dictionary parts, when it is a compound that no official list has (its
   * level is a frequency estimate); null otherwise.
   */
  parts: CompoundPart[] | null;
}

function knows(policy: LearnerPolicy, word: string, traditional = word): boolean {
  return policy.known.has(word) || policy.known.has(traditional);
}

/**
 * Hard = not known and above the learner's level, unless it is a transparent compound of
 * words the learner has. A part counts only as a free word: known, or on an official list
 * at or below the learner's level; a frequency estimate may be a bound morpheme (力 in
 * 力度, 基 in 基层). And the compound must mean what a part means (车票 ← 票 "ticket"),
 * so that opaque compounds of known words (空前 "unprecedented" = 空 + 前) stay hard.
 */
export function isHard(w: WordLevelFacts, policy: LearnerPolicy): boolean {
  if (knows(policy, w.word, w.traditional)) return false;
  if (levelOrBeyond(w.level) <= policy.level) return false;
  if (w.parts && w.parts.length >= 2) {
    const free = w.parts.every((p) => knows(policy, p.word) || (p.free && p.level !== null && p.level <= policy.level));
    if (free && w.parts.some((p) => p.sharesMeaning)) return false;
  }
  return true;
}
