/**
 * Readings of a few very common one-character words that pinyin-pro gets wrong in context and
 * that the dictionary cannot settle alone (it lists every reading): 得 (de / děi / dé), 地 (de / dì),
 * 还 (hái / huán), 了 (le / liǎo), 只 (zhǐ / zhī), 为 (wéi / wèi) and 率 (shuài / lǜ). pinyin-pro
 * reads 得 as dé, 地 as dì and 只 as zhī almost everywhere (跑得快 → pǎo dé kuài, 认真地学习 →
 * rèn zhēn dì xué xí, 只获得 → zhī huò dé), which a learner would copy.
 * The rules look only at the neighbouring tokens; when none applies, the caller's choice stands.
 */
import { roleRule } from './role-rules.js';

export interface Neighbour {
  text: string;
  kind: string;
}

/** A one-character word's surroundings. */
export interface Around {
  prev?: Neighbour;
  next?: Neighbour;
  /** The character closes a longer token split for lack of a dictionary entry (露营地): 地 is dì. */
  endsCompound?: boolean;
  /** The tokens before it in its clause (since the last comma or stop), nearest last. */
  earlier?: () => Neighbour[];
  /** The tokens after it in its clause, up to and including the comma or stop that ends it. */
  later?: () => Neighbour[];
}

/** Who or what can stand before 得 meaning "must" (你得去) or "to obtain" (他得了冠军). */
const SUBJECTS_AND_ADVERBS = new Set(
  (
    '我 你 您 他 她 它 我们 你们 他们 她们 它们 咱 咱们 大家 自己 谁 人家 别人 ' +
    '还 就 也 都 又 再 才 总 只 可 仍 真 必须 一定 恐怕 可能 应该 还是 仍然 总是 最好 非'
  ).split(' '),
);

/** Characters after 地 that make it the noun dì (这块地里, 天动地的), not the adverbial de. */
const AFTER_NOUN_DI = new Set('的 之 上 下 里 中 内 外 面 区 方 点 位 图 域 带 球 表 质 震 产 价 段 址 势 形 铁 道 主 税 标 盘 基 层 貌 名 处 和 与 及'.split(' '));
/** Degree adverbs: 更多地, 很快地, 越来越好地 make the adjective between them adverbial. */
const DEGREE = new Set('更 很 最 越 越来越 太 较 比较 非常 十分 特别 相当 极 更加 尽量 尽可能 好好'.split(' '));
/** Measure words before 地 (一块地, 这片地): the noun dì. */
const MEASURES = new Set('块 片 亩 处 种 类 份 些 顷 寸 幅 方'.split(' '));
/** Objects that make 还 the verb huán (还钱, 还房贷). */
const DEBTS = new Set('钱 债 款 账 贷 贷款 房贷 车贷 欠款 借款 欠债 本金 利息 书 人情 账单'.split(' '));

/** Institutions whose 长 is their head: 馆长, 所长, 站长 when the segmenter split them. */
const HEAD_OF = new Set('馆 館 所 站 社 校 院 局 处 處 科 队 隊 班 团 團 厂 廠 部 省 县 縣 区 區 镇 鎮 乡 鄉 村 州 船 机 機 园 園 店 组 組 处 司 署 庭 营 營 连 連 排 旅 师 師 军 軍'.split(' '));

const OBJECT_PRONOUNS = new Set('我 你 您 他 她 它 我们 你们 他们 她们 人家'.split(' '));
/** Verbs that pair with 还 as "to return" (借还, 偿还 split by the segmenter). */
const RETURN_VERBS = new Set('借 归 偿 退 交 送 奉 歸 償'.split(' '));

/** What counts 只 as the measure word zhī (一只, 这只, 几只); otherwise it is the adverb zhǐ. */
const BEFORE_MEASURE = new Set('这 那 哪 每 几 两 半 数 多 一 某 各 这几 那几 好几 上百 上千'.split(' '));
/** Verbs whose complement 为 is wéi "as, into" (演变为, 设定为, 晋升为, 被誉为). */
const VERB_BEFORE_WEI = new Set(Array.from('变化定设选评改分称视誉述升命名译换列划封立奉尊推举认作成袭'));
/** After 率 "to lead" (率军, 率部); elsewhere it is mostly lǜ "rate" split off a compound. */
const LED = new Set(Array.from('军兵部众师队团舰船'));

/**
 * 这事得慢慢来, 那件事得抓紧: a demonstrative (with its measure word) marks the word before 得 as
 * a noun subject, so 得 is the modal děi; a verb or adjective before 得 (说得, 跑得) takes the
 * complement de, and 这 rarely stands right before one.
 */
const DEMONSTRATIVES = new Set('这 那 此 该 这个 那个 这件 那件 这种 那种 这些 那些 这次 那次 这份 这项 那项 这笔 那笔 这条 那条'.split(' '));
/** What follows a complement 得 (得很, 得不好, 得了): degree adverbs and the like, never děi's verb. */
const AFTER_COMPLEMENT_DE = new Set('很 非常 十分 太 特别 真 挺 更 越来越 比较 有点 有些 不 了 过 好 多 快 慢 清楚 厉害 要命 不得了 像'.split(' '));
const DEMONSTRATED_MEASURES = new Set('个 件 种 些 次 份 项 笔 条 位 本 张'.split(' '));
function nounSubjectBefore(before: Neighbour[]): boolean {
  if (before.length < 2) return false;
  const noun = before[before.length - 1]!;
  let at = before.length - 2;
  // 那件事: the measure word may be its own token
  if (DEMONSTRATED_MEASURES.has(before[at]!.text) && at > 0) at--;
  return DEMONSTRATIVES.has(before[at]!.text) && noun.kind === 'word' && /^\p{Script=Han}+$/u.test(noun.text);
}

const isHan = (n?: Neighbour) => !!n && /\p{Script=Han}/u.test(n.text) && n.kind !== 'punct';
const isNumeral = (n?: Neighbour) => !!n && (n.kind === 'number' || /^[0-9０-９一二三四五六七八九十百千万两几]+$/.test(n.text));
/** A number, possibly with its measure word (一分, 三个), but not 一直 or 一定. */
const isNumber = (n?: Neighbour) =>
  !!n && (n.kind === 'number' || /^[0-9０-９一二三四五六七八九十百千万两几]+[个分次天年月日件本张只条位名种块元岁]?$/.test(n.text));

/** The numbered reading the rules give `char` here, or undefined when none applies. */
export function contextRule(char: string, around: Around): string | undefined {
  return particleRule(char, around) ?? roleRule(char, around);
}

function particleRule(char: string, { prev, next, endsCompound = false, earlier, later }: Around): string | undefined {
  switch (char) {
    case '得':
      if (prev && (SUBJECTS_AND_ADVERBS.has(prev.text) || prev.kind === 'name')) {
        if (!isHan(next) && !isNumber(next)) return undefined;
        return next!.text === '了' || next!.text === '过' || isNumber(next) ? 'de2' : 'dei3';
      }
      if (nounSubjectBefore(earlier?.() ?? []) && isHan(next) && !AFTER_COMPLEMENT_DE.has(next!.text) && !isNumber(next)) return 'dei3';
      return isHan(prev) && (isHan(next) || next?.text === '“') ? 'de5' : undefined;
    case '地': {
      if (endsCompound || !isHan(prev) || !isHan(next) || prev!.kind !== 'word') return undefined;
      const last = Array.from(prev!.text).pop()!;
      // 更多地, 很好地, 最快地: a one-character adjective after a degree adverb
      if (prev!.text.length === 1) {
        const before = earlier?.() ?? [];
        return DEGREE.has(before[before.length - 2]?.text ?? '') ? 'de5' : undefined;
      }
      if (MEASURES.has(last)) return undefined;
      return AFTER_NOUN_DI.has(Array.from(next!.text)[0]!) ? undefined : 'de5';
    }
    case '还':
    case '還':
      // the adverb hái is never followed directly by 了; the verb huán is (还了钱)
      if (next && (DEBTS.has(next.text) || next.text === '了' || next.text === '给' || next.text === '給')) return 'huan2';
      // the adverb never ends a clause (书要按时还。), nor follows 借/归/偿 (借还, 归还)
      if (isHan(prev) && (!next || next.kind === 'punct')) return 'huan2';
      if (prev && RETURN_VERBS.has(prev.text)) return 'huan2';
      // 什么时候还我？, 还你钱: an object pronoun that ends the clause or comes before a debt
      if (next && OBJECT_PRONOUNS.has(next.text)) {
        const after = later?.()[1];
        if (!after || after.kind === 'punct' || DEBTS.has(after.text)) return 'huan2';
      }
      return undefined;
    case '了':
      // 走不了 (cannot go) is liǎo; after a word it is the particle, even where pinyin-pro
      // reads a second 了 as liǎo (受不了了). 吃得了 (liǎo) is left to the caller: 得了 is more
      // often "got" (他得了冠军 dé le).
      if (prev?.text === '不') return 'liao3';
      return isHan(prev) && prev!.text !== '得' ? 'le5' : undefined;
    case '只':
      if (!prev) return 'zhi3';
      return isNumeral(prev) || BEFORE_MEASURE.has(prev.text) ? 'zhi1' : 'zhi3';
    case '为':
    case '為':
      // 人口为5000: a quantity; a date (为五月天执导) is not one
      if (isNumeral(next) && !/[年月日号时]$/.test(next!.text)) return 'wei2';
      if (prev && VERB_BEFORE_WEI.has(Array.from(prev.text).pop()!)) return 'wei2';
      // 以人民为中心: "to take … as …"
      return earlier?.().some((n) => n.text === '以') ? 'wei2' : undefined;
    case '长':
    case '長':
      // 馆长, 站长, 店长: jieba's unlisted X长 compounds are heads of something (zhǎng); the
      // adjective cháng rarely ends such a compound (long things are listed words: 漫长, 延长).
      if (endsCompound) return 'zhang3';
      return prev && Array.from(prev.text).length === 1 && HEAD_OF.has(prev.text) ? 'zhang3' : undefined;
    case '率':
      return next && LED.has(Array.from(next.text)[0]!) ? 'shuai4' : undefined;
    default:
      return undefined;
  }
}
