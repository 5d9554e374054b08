/** Which words are hard for this learner. */
import { levelOrBeyond } from '../levels/index.js';
import type { KnownWords } from './known-words.js';

export interface LearnerPolicy {
  /** Level the learner is at (1…top of the scale): words at or below it are not hard. */
  level: number;
  known: KnownWords;
}

/**
 * Why a part counts as a free word (a word of its own, not a bound morpheme): it is on an
 * official list (HSK 2.0, HSK 3.0), which lists words, not morphemes; or speech uses the
 * character alone (车, 天: see lexicon `usedAlone`); or null, when its level is only a
 * frequency estimate, which may be a bound morpheme's (力 in 力度, 国 in 外国).
 */
export type FreeEvidence = 'list' | 'speech' | null;

/** One dictionary part of an unlisted compound, as the hardness rule needs it. */
export interface CompoundPart {
  word: string;
  level: number | null;
  free: FreeEvidence;
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
 * How far above the learner's level a transparent compound with a part known only from
 * speech may be: one level, or two when those parts are two levels below the learner
 * (车, 天 at HSK 1–2 for a HSK 4 learner). Speech evidence is weaker than a list (者 and
 * 性 stand alone in subtitles too), and rarer compounds are specialist words even when
 * they look transparent; with no limit, 14% of HSK 3.0 levels 5–9 were "not hard" at
 * HSK 4 (README, "How it decides", Compounds).
 */
function speechReach(parts: readonly CompoundPart[], learner: number): number {
  const spoken = parts.filter((p) => p.free === 'speech').map((p) => p.level ?? Infinity);
  return spoken.every((l) => l <= learner - 2) ? 2 : 1;
}

/**
 * Hard = not known and above the learner's level, unless it is a transparent compound of
 * words the learner has. A part counts only as a free word at or below the learner's
 * level (or known): a bound morpheme does not count (力 in 力度, 国 in 外国). With every
 * part listed that holds at any level; with a part free by speech only, up to
 * speechReach() levels above the learner. And the compound must mean what a part means
 * (车票 ← 票 "ticket"), so that opaque compounds of known words (空前 "unprecedented" =
 * 空 + 前) stay hard.
 */
export function isHard(w: WordLevelFacts, policy: LearnerPolicy): boolean {
  if (knows(policy, w.word, w.traditional)) return false;
  const level = levelOrBeyond(w.level);
  if (level <= policy.level) return false;
  if (!w.parts || w.parts.length < 2 || !w.parts.some((p) => p.sharesMeaning)) return true;
  const has = (p: CompoundPart, evidence: FreeEvidence[]) =>
    knows(policy, p.word) || (evidence.includes(p.free) && p.level !== null && p.level <= policy.level);
  if (w.parts.every((p) => has(p, ['list']))) return false;
  return !(level <= policy.level + speechReach(w.parts, policy.level) && w.parts.every((p) => has(p, ['list', 'speech'])));
}
