/** Ordering of vocabulary: most useful first, or as the user asks. */
import type { SortOrder, VocabItem } from '../domain/types.js';
import { beyondLevel } from '../levels/index.js';

/** Words with no level sort after those beyond the scale. */
const UNLEVELLED = beyondLevel() + 1;

/** Rank used for words no corpus lists: rarer than anything listed. */
const UNLISTED_RANK = 100_000;

/**
 * Usefulness: common in the language beats rare (log of the corpus rank), and frequent
 * in this article beats once (log of the count). One doubling of the article count is
 * worth about a 2.8× better corpus rank.
 */
export function usefulness(v: Pick<VocabItem, 'count' | 'frequencyRank'>): number {
  const rank = v.frequencyRank ?? UNLISTED_RANK;
  return Math.log2(1 + v.count) * 1.5 - Math.log2(rank) + Math.log2(UNLISTED_RANK);
}

const byUseful = (a: VocabItem, b: VocabItem) => usefulness(b) - usefulness(a) || a.firstSentence - b.firstSentence;

const comparators: Record<SortOrder, (a: VocabItem, b: VocabItem) => number> = {
  useful: byUseful,
  article: (a, b) => b.count - a.count || byUseful(a, b),
  level: (a, b) => (a.level ?? UNLEVELLED) - (b.level ?? UNLEVELLED) || byUseful(a, b),
  order: (a, b) => a.firstSentence - b.firstSentence || byUseful(a, b),
};

/** Hard words first, each group in the chosen order. Returns a new array. */
export function rankVocab(items: VocabItem[], sort: SortOrder): VocabItem[] {
  const cmp = comparators[sort];
  return [...items].sort((a, b) => Number(b.hard) - Number(a.hard) || cmp(a, b));
}

export const SORT_ORDERS: readonly SortOrder[] = ['useful', 'article', 'level', 'order'];
