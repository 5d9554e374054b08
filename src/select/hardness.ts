/** Which words are hard for this learner. */
import { levelOrBeyond } from '../levels/index.js';
import type { KnownWords } from './known-words.js';

export interface LearnerPolicy {
  /** Level the learner is at (1…top of the scale): words at or below it are not hard. */
  level: number;
  known: KnownWords;
}

export interface WordLevelFacts {
  word: string;
  traditional: string;
  /** A level of the scale, or beyondLevel(); null if unknown (treated as beyond). */
  level: number | null;
  levelEstimated: boolean;
  /**
   * The word split into its longest dictionary parts with each part's level, when it is
   * an unlisted compound of two or more dictionary words; null otherwise.
   */
  parts: Array<{ word: string; level: number | null; estimated: boolean }> | null;
}

function knows(policy: LearnerPolicy, word: string, traditional = word): boolean {
  return policy.known.has(word) || policy.known.has(traditional);
}

/**
 * Hard = not known, level above the learner's, and not a transparent compound whose
 * every part the learner already has (known, or at or below their level). Only unlisted
 * (estimated) words are judged by their parts: an HSK word's own level is authoritative.
 */
export function isHard(w: WordLevelFacts, policy: LearnerPolicy): boolean {
  if (knows(policy, w.word, w.traditional)) return false;
  if (levelOrBeyond(w.level) <= policy.level) return false;
  if (w.levelEstimated && w.parts && w.parts.length >= 2) {
    const allParts = w.parts.every((p) => knows(policy, p.word) || (p.level !== null && p.level <= policy.level));
    if (allParts) return false;
  }
  return true;
}
