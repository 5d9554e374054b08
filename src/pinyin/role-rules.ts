/**
 * Readings that follow a character's role in its clause, where pinyin-pro keeps one default:
 * modal 应 yīng, adverbial 倒 dào, 当 dàng "to treat as", 行 háng "trade, line", 角 jué "role",
 * 长 zhǎng "to grow", and the copula 为 wéi. Each looks at a few neighbouring tokens only.
 */
import type { Around, Neighbour } from './context-rules.js';

const isHan = (n?: Neighbour) => !!n && n.kind !== 'punct' && /\p{Script=Han}/u.test(n.text);
const words = (s: string) => new Set(s.split(' '));

/** Pronouns that can be the subject of 长 "to grow" or the beneficiary after 为 "for". */
const PRONOUNS = words('我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 大家 自己 人家 别人 谁');
/** After these 倒 is the adverb "on the contrary, actually" (倒是, 倒也, 倒不如). */
const AFTER_ADVERB_DAO = words('是 也 不 很 挺 还 真 没 没有 有 会 要 能 可 可以 像 显得 觉得 并 并不 蛮 还是 不如 不是 反而');
/** After these 应 is the modal "should" (应是, 应有, 应在); 应了 is the verb yìng. */
const NOT_MODAL_YING = words('了 着 过 声');
const BEFORE_MODAL = words('这 那 也 都 就 还 更 均 亦 本 原 则 即 不 理 自 早 实 他 她 它 我 你 谁 人 又 才');
/** 这行, 那行, 干一行: the noun háng; 这行不通 and 这行吗 keep the verb xíng. */
const POINTING = words('这 那 哪 本 这一 那一 哪一 每 一');
const VERBISH_AFTER_XING = words('不 不通 吗 啊 呀 吧 了 得 的 呢 就 也');
/** Adverbs and modals before 为 make it "for" (也为他高兴) unless it ends the clause as a copula. */
const COPULA_SUBJECT_END = words('原 本 现 意 即 乃 均 皆 都 多 大多 大都 多数 主要 分别 全 仍 亦 则 实 应');
/** Adverbs before 为 "for" when a longer clause follows (曾为五月天执导, 也为他们高兴). */
const BENEFIT_ADVERBS = words('曾 也 还 又 再 已 将 正 专门 特地 特意 亲自 一直 常 经常 曾经 不');

/** The numbered reading for `char` from its role, or undefined when no rule applies. */
export function roleRule(char: string, { prev, next, earlier, later }: Around): string | undefined {
  switch (char) {
    case '应':
    case '應':
      // a modal follows a subject or an adverb, not a single character of a name (胡应嘉)
      if (prev && prev.kind !== 'punct' && Array.from(prev.text).length === 1 && !BEFORE_MODAL.has(prev.text)) return undefined;
      return isHan(next) && !NOT_MODAL_YING.has(next!.text) ? 'ying1' : undefined;
    case '倒':
      return next && AFTER_ADVERB_DAO.has(next.text) ? 'dao4' : undefined;
    case '当':
    case '當':
      // 拿她当妹妹, 把他当朋友: "to treat as"
      return isHan(next) && earlier?.().some((n) => n.text === '拿' || n.text === '把') ? 'dang4' : undefined;
    case '行':
      if (!prev || !POINTING.has(prev.text) || !isHan(next) || VERBISH_AFTER_XING.has(next!.text)) return undefined;
      return 'hang2';
    case '角':
      // 分饰两角, 扮演一角: a role in a play
      return earlier?.().some((n) => /[饰扮演]/.test(n.text)) ? 'jue2' : undefined;
    case '长':
    case '長':
      // 他长红胡子, 树长得高: a subject, then 长 with an object or complement, is "to grow"
      if (!prev || !(PRONOUNS.has(prev.text) || prev.kind === 'name')) return undefined;
      return isHan(next) ? 'zhang3' : undefined;
    case '为':
    case '為':
      return copulaWei(prev, next, later?.() ?? []);
    default:
      return undefined;
  }
}

/**
 * 主题为环保, 原为贵族, 意为快乐: 为 with a short complement that ends the clause, or after a
 * copula adverb, is wéi "to be, to act as". 为他骄傲, 曾为五月天执导 (a verb follows) keep wèi.
 */
function copulaWei(prev: Neighbour | undefined, next: Neighbour | undefined, after: Neighbour[]): string | undefined {
  if (!prev || !isHan(next) || PRONOUNS.has(next!.text) || PRONOUNS.has(prev.text)) return undefined;
  // 为人所知, 为世人所熟知: the passive 为…所 is wéi
  if (after.some((n) => n.text === '所')) return 'wei2';
  if (COPULA_SUBJECT_END.has(prev.text)) return 'wei2';
  const spoken = after.filter((n) => n.kind !== 'punct');
  if (spoken.length <= 2) return prev.kind === 'word' ? 'wei2' : undefined;
  return BENEFIT_ADVERBS.has(prev.text) ? 'wei4' : undefined;
}
