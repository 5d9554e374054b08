/**
 * The few words whose first CC-CEDICT sense is rare in modern text without being labelled
 * so. No label or statistic tells these apart, so each is curated by hand with its reason;
 * the rest of the ranking is rule-based (sense-rank.ts). Keep this table small.
 */

/**
 * `simplified reading-key` → starts of the raw CC-CEDICT senses a learner needs first, in
 * that order; the other senses follow in their usual order.
 */
const FIRST_SENSES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // "one's conduct; deed" is the old nominal use; today 作为 is "as, in the capacity of" (作为老师).
  ['作为 zuo4 wei2', ['as (in the capacity of)', 'to act as', 'qua']],
  // "to bloom" (花开放) is one use; in news and essays it is 对外开放, 开放时间: opening up.
  ['开放 kai1 fang4', ['to open up (to the outside)', 'to open', 'to be open (to the public)']],
  // "to crane one's neck" (引领而望) is classical; modern 引领潮流 is "to lead".
  ['引领 yin3 ling3', ['to lead', 'to show the way']],
  // "back of neck" survives only in 颈项; free-standing 项 is the item/measure word (一项研究).
  ['项 xiang4', ['item', 'thing', 'term', 'sum']],
  // "to ascertain" is a dictionary-only gloss; free 批 is the batch measure word (一批游客).
  ['批 pi1', ['classifier for batches', 'to criticize']],
  // "actually" is not a modern meaning of a free 所; in text it is 所 + verb (为人所知, 所说的).
  ['所 suo3', ['particle introducing a relative clause', 'that which', 'classifier for houses', 'place']],
  // The first 打 sense is an essay on light verbs; "to hit; to strike" is what a card can teach.
  ['打 da3', ['to hit; to strike']],
  // 幹 "tree trunk" is the etymology; 干 gàn in text is "to do, to work" (干活, 你干什么).
  ['干 gan4', ['to do']],
  // 便 as a free word in modern prose is the written "then" (便是, 便可).
  ['便 bian4', ['equivalent to 就']],
  // Free 空 kòng is "free time" (有空, 没空); "to empty" needs a following object and is rarer.
  ['空 kong4', ['free time']],
  // Free 朝 cháo is the preposition "towards, facing" (朝南, 朝他走去); "court" lives in 朝廷.
  ['朝 chao2', ['towards']],
  // CC-CEDICT marks the contrastive conjunction literary, yet it is 则's everyday use in written
  // Chinese (而…则, 否则 aside); "classifier for written items" is far rarer.
  ['则 ze2', ['(literary) (conjunction']],
  // "different" lives in 差别, 相差; free 差 chà is "poor, not up to standard" (质量很差).
  ['差 cha4', ['not up to standard']],
  // CC-CEDICT opens with the verb "to exercise; to move about"; in articles 活动 is mostly the
  // noun "activity, event" (举办活动, 户外活动).
  ['活动 huo2 dong4', ['(outdoor etc) activity']],
  // 刚 as a free word is the adverb "just" (刚到, 刚毕业); "hard, firm" lives in 刚强, 刚硬.
  ['刚 gang1', ['just', 'barely', 'exactly']],
  // Free 挺 before an adjective is "quite, very" (挺好); "straight, erect" lives in 挺拔, 笔挺.
  ['挺 ting3', ['(coll.) quite', 'very']],
  // "trick" is 把戏; free 戏 is a play or show (看戏, 拍戏).
  ['戏 xi4', ['drama', 'play', 'show']],
  // "dregs" is 酒糟; free 糟 is "in a mess, ruined" (糟了, 很糟).
  ['糟 zao1', ['messy', 'ruined', 'rotten']],
]);

/** The raw senses to put first for this headword and numbered reading (empty when none). */
export function firstSenseOverride(simplified: string, readingKey: string): readonly string[] {
  return FIRST_SENSES.get(`${simplified} ${readingKey}`) ?? [];
}
