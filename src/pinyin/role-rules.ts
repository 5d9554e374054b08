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
/** Adjectives that 倒 "actually, contrary to expectation" qualifies (倒容易, 倒简单, 倒不错). */
const JUDGEMENTS = words('容易 简单 轻松 轻巧 美 好 不错 方便 省事 自在 清静 干脆 痛快 有趣 新鲜 合适 挺 蛮 真');
/** Particles that end a clause after a potential complement (打得倒吗, 推得倒了). */
const ENDINGS = words('吗 呢 吧 啊 了 的 么');
const POURED = words('进 入 出 掉 水 茶 酒 满 在 给');
const PLANTED = words('了 着 过 树 花 菜 草 地 田 下 上 满 在 出');
const COUNTED = words('一 一数 了 着 过 到 不 不清 一下 钱');
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

/**
 * Characters whose other readings live only inside listed words, which the segmenter keeps
 * whole (肖像 xiào, 裨益 bì, 管窥蠡测 lí, 阙如 quē, 妥帖 tiē, 字帖 tiè, 夹袄 jiá): standing
 * alone they take this one.
 */
const LONE: Record<string, string> = { 肖: 'xiao1', 裨: 'pi2', 蠡: 'li3', 阙: 'que4', 闕: 'que4', 帖: 'tie3', 夹: 'jia1', 夾: 'jia1' };
/** After 铺 "shop" (饽饽铺和…, 铺里): a conjunction, a particle or a place word. */
const SHOP_AFTER = words('和 与 及 的 里 内 中 子 面 主 位 户');
const AMMUNITION = words('和 与 及 、 带 壳 头 道 药 片 夹 仓 种 爪 体 径');
const STATE_AFTER = words('王 国 军 京 山 赵 地 都 人 太子 昭王 惠王');
const DYNASTY_BEFORE = words('前 后 南 北 西 东 伐 灭 攻');
const LOST = words('命 尽 胆 志 偶 权 身 气 失 师 国 母 父 子 妻 夫 亲');
/** 调往, 调任, 调离: "to transfer" diào. */
const MOVED = words('往 任 离 回 入 进 至 赴 派 动');
const BARS = words('贴 网 酒 氧 书 陶 迪 水');
const BAR_AFTER = words('主 友 务 台 女');
const STUFFED = words('进 满 给 到 入 住 了 着 在 上 下 回 过 车 东西 钱 红包 进去 进来');
const isSingle = (n?: Neighbour) => isHan(n) && n!.kind === 'word' && Array.from(n!.text).length === 1;

/** The numbered reading for `char` from its role, or undefined when no rule applies. */
export function roleRule(char: string, { prev, next, earlier, later }: Around): string | undefined {
  switch (char) {
    case '应':
    case '應':
      // a modal follows a subject or an adverb, not a single character of a name (胡应嘉)
      if (prev && prev.kind !== 'punct' && Array.from(prev.text).length === 1 && !BEFORE_MODAL.has(prev.text)) return undefined;
      return isHan(next) && !NOT_MODAL_YING.has(next!.text) ? 'ying1' : undefined;
    case '倒':
      // 倒是, 倒也: the adverb; 倒进, 倒水: "to pour"
      if (next && (AFTER_ADVERB_DAO.has(next.text) || POURED.has(next.text))) return 'dao4';
      // 说得倒容易, 想得倒美: the adverb "(you make it sound) …" before a judgement; 打得倒他,
      // 难得倒 (can topple) take an object or end the clause and keep dǎo
      return next && (JUDGEMENTS.has(next.text) || (prev?.text === '得' && isHan(next) && !PRONOUNS.has(next.text) && !ENDINGS.has(next.text)))
        ? 'dao4'
        : undefined;
    case '种':
    case '種':
      // 种了, 种树: the verb "to plant"; 这种, 各种 stay the measure word
      return next && PLANTED.has(next.text) ? 'zhong4' : undefined;
    case '数':
    case '數':
      // 数一数, 数了: the verb "to count"
      return next && COUNTED.has(next.text) ? 'shu3' : undefined;
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
    case '什':
      // 什么 is one token: a 什 standing alone is shí (什锦, 欧什, 马加什)
      return next && /^[么麼]/.test(next.text) ? undefined : 'shi2';
    case '塞':
      // 塞进, 塞满: the verb sāi; alone among single characters it spells a name (塞格纳) sài
      if (next && STUFFED.has(next.text)) return 'sai1';
      return isSingle(prev) || isSingle(next) ? 'sai4' : undefined;
    case '哩':
      // the particle ends a clause (handled later); inside one 哩 is lǐ "mile" or a foreign sound
      return isHan(next) ? 'li3' : undefined;
    case '吧':
      // 贴吧, 网吧, 吧主: the loanword bā "bar" inside a clause; the particle ends one
      return isHan(next) && ((prev && BARS.has(prev.text)) || BAR_AFTER.has(next!.text)) ? 'ba1' : undefined;
    case '咳':
      // the interjection hāi stands before a pause; with a word after it 咳 is ké "to cough"
      return isHan(next) ? 'ke2' : undefined;
    case '铺':
    case '鋪':
      // 铺成, 铺道岔: the verb pū; 十里铺 (a number before it) is a place, pù
      if (prev && /^([0-9一二三四五六七八九十百]+里?|里)$/.test(prev.text)) return 'pu4';
      return isHan(next) && !SHOP_AFTER.has(next!.text) ? 'pu1' : undefined;
    case '弹':
    case '彈':
      // 布雷弹、, 供弹爪: the noun dàn "bullet, bomb"; 弹琴 and 弹出 keep pinyin-pro's tán
      return !next || next.kind === 'punct' || AMMUNITION.has(next.text) ? 'dan4' : undefined;
    case '燕':
      // 燕王, 燕军, 前燕: the state Yān; the bird (燕子) is a word of its own
      return (next && STATE_AFTER.has(next.text)) || (prev && DYNASTY_BEFORE.has(prev.text)) ? 'yan1' : undefined;
    case '丧':
    case '喪':
      // alone, 丧 is mostly the funeral sāng (护丧, 大丧之礼); the verb sàng takes what is lost
      return next && LOST.has(next.text) ? 'sang4' : 'sang1';
    case '调':
    case '調':
      return transferDiao(next, later?.() ?? []);
    default:
      return LONE[char];
  }
}

/**
 * 主题为环保, 原为贵族, 意为快乐: 为 with a short complement that ends the clause, or after a
 * copula adverb, is wéi "to be, to act as". 为他骄傲, 曾为五月天执导 (a verb follows) keep wèi.
 */
function copulaWei(prev: Neighbour | undefined, next: Neighbour | undefined, after: Neighbour[]): string | undefined {
  // 他为人很好: 为人 "one's conduct", split by the segmenter
  if (next?.text === '人' && (!after[1] || after[1].kind === 'punct' || CONDUCT.has(after[1].text))) return 'wei2';
  if (!prev || !isHan(next) || PRONOUNS.has(next!.text) || PRONOUNS.has(prev.text)) return undefined;
  // 为人所知, 为世人所熟知: the passive 为…所 is wéi
  if (after.some((n) => n.text.startsWith('所'))) return 'wei2';
  if (COPULA_SUBJECT_END.has(prev.text)) return 'wei2';
  const spoken = after.filter((n) => n.kind !== 'punct');
  if (spoken.length <= 2) return prev.kind === 'word' ? 'wei2' : undefined;
  return BENEFIT_ADVERBS.has(prev.text) ? 'wei4' : undefined;
}

/** After 为人 "one's conduct" (wéi rén) comes a judgement; 为人民 is another token. */
const CONDUCT = words('很 非常 十分 正直 老实 热情 和善 谦虚 低调 处世 厚道 诚实 真诚 善良 还 也 不错 大方 随和 如何 怎么样 怎样');
/** 重读一遍, 重写一次: 重 is "again" (chóng) where CC-CEDICT lists only the stressed sense. */
const AGAIN = words('一遍 一次 一下 一回 遍');

/**
 * A reading for a whole word from its neighbours, for words whose reading turns on them: 为人
 * (wéi rén "one's conduct" / wèi rén "for others"), and 重X with 一遍 after it (chóng "again").
 * `reading` is the one chosen so far, numbered.
 */
export function wordRule(word: string, reading: string, { prev, next, earlier }: Around): string | undefined {
  if (word === '为人' || word === '為人') {
    if (!next || next.kind === 'punct' || CONDUCT.has(next.text) || next.text.startsWith('所')) return 'wei2 ren2';
    return undefined;
  }
  if (/^[重]\p{Script=Han}$/u.test(word) && reading.startsWith('zhong4 ') && next && AGAIN.has(next.text)) {
    return `chong2 ${reading.slice('zhong4 '.length)}`;
  }
  // 正中靶心, 正中要害: "to hit squarely" (zhòng) takes a target; 正中间, 大厅正中 stay zhōng
  if (word === '正中' && next && TARGETS.has(next.text)) return 'zheng4 zhong4';
  // 朝阳升起, 一轮朝阳, 朝阳产业: the morning sun (zhāo); a place (朝阳区, 朝阳医院) or "facing
  // the sun" (朝阳的房间) keeps cháo, which news text uses far more
  if ((word === '朝阳' || word === '朝陽') && ((next && SUNRISE.has(next.text)) || (prev && SUN_BEFORE.has(prev.text)))) return 'zhao1 yang2';
  // 穿着一件红衣服: the verb with its aspect particle (chuān zhe) when an object follows; the
  // noun "attire" (他的穿着, 穿着得体, 注意穿着。) keeps chuān zhuó
  if ((word === '穿着' || word === '穿著') && isHan(next) && !ATTIRE_NEXT.has(next!.text) && !possessed(prev, earlier?.() ?? [])) return 'chuan1 zhe5';
  return undefined;
}

/** Things one hits squarely: 正中 before them is zhèng zhòng. */
const TARGETS = words('靶心 靶子 红心 要害 下怀 目标 心坎 痛处 命门 死穴 软肋 眉心 球门 靶');
/** The sun's doings (朝阳升起) and the sunrise industries (朝阳产业) after 朝阳 "morning sun". */
const SUNRISE = words('升 升起 升起来 初升 东升 冉冉 照 照耀 照射 照在 洒 洒在 映 映照 露出 出来 普照 产业 行业 下 中 里');
const SUN_BEFORE = words('一轮 迎着 初升 初升的 东方 冉冉 轮 红红的 火红的 像');
/** Before or after 穿着 "attire": possessives, verbs of care, and judgements of dress. */
const ATTIRE_PREV = words('的 其 注意 讲究 在 从 和 与 及');
/** 他的穿着 is the noun; 有的穿着泳衣 ("some of them") is a subject before the verb. */
function possessed(prev: Neighbour | undefined, before: Neighbour[]): boolean {
  if (!prev || !ATTIRE_PREV.has(prev.text)) return false;
  return !(prev.text === '的' && before[before.length - 2]?.text === '有');
}
const ATTIRE_NEXT = words('的 得体 讲究 朴素 入时 考究 随意 整洁 时尚 简朴 打扮 方面 风格 品味 上 得 要 应 需 很 非常 十分 比较 也 都 和 与 及 、');

/**
 * 调 "to transfer" (diào) against "to adjust" (tiáo): 调往, 调分局工作, 调到北京 move someone;
 * 调到二十六度 sets a number.
 */
function transferDiao(next: Neighbour | undefined, after: Neighbour[]): string | undefined {
  if (!isHan(next)) return undefined;
  if (MOVED.has(next!.text)) return 'diao4';
  if (next!.text === '到') {
    const target = after[1];
    if (!target || target.kind === 'punct') return undefined;
    return target.kind === 'number' || /^[0-9一二三四五六七八九十百零两几]/.test(target.text) ? 'tiao2' : 'diao4';
  }
  return after.slice(1, 4).some((n) => n.text === '工作' || n.text === '任职' || n.text === '担任') ? 'diao4' : undefined;
}
