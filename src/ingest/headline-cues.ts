/**
 * Where a run-in headline ends when no dateline or date marks it: an author's name standing
 * between the headline and the body (`…危险何在叶国靖 传说有种…`), the headline's last phrase
 * restated in the body's first sentence (`…提到人均收入6倍新医改…达到年人均收入6倍”…`), or a dash
 * sub-headline closing the first sentence. Only tried on a one-line article: a real headline
 * would otherwise stand on a line of its own.
 */

/** Common simplified surnames: enough to tell a byline name from a headline's tail. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池麻苑迟邝',
]);
const SENTENCE_MARK = /[。！？，；!?,;]/u;
/** Characters a headline does not end on (成立于|1921年); 在 may end one (危险何在). */
const NO_HEADLINE_END = /[于到从至自是为和与及的了约近达把被将对向要会能让使给就也都还很更最]$/u;
const NO_BODY_START = /^[的了地得着过和与及或之而等、，。：；！？”’）》」]/u;
const MIN_HEADLINE = 6;
const MAX_HEADLINE = 40;
/** A first clause this long with no comma is a headline run into a sentence. */
const RUN_ON_CLAUSE = 40;
const MIN_PHRASE = 4;
/**
 * `人社部长：…`, `范冰冰 在…`: a short topic or speaker set off by a colon or a space, the
 * shape of a headline; in prose a colon follows a verb of saying (他说：, 指出：) instead.
 */
const HEADLINE_SHAPE = /^(\p{Script=Han}{2,12})(?:[：:]|[ \u3000](?=\p{Script=Han}))/u;
const SAYING = /(?:说|称|道|问|答|表示|指出|强调|介绍|认为|如下|包括|是)$/u;

export interface Split {
  headline: string;
  /** A second line of display type under the headline (`“演员梦”——范冰冰前传：…`). */
  subheadline?: string;
  byline: string;
  body: string;
}

/** A headline closes every quotation and bracket it opens (第十条修改为：“专业… is a clause cut off). */
function balanced(text: string): boolean {
  return ['“”', '《》', '（）', '()', '「」'].every(([open, close]) => text.split(open!).length === text.split(close!).length);
}

function plausibleHeadline(headline: string): boolean {
  const chars = [...headline].length;
  return chars >= MIN_HEADLINE && chars <= MAX_HEADLINE && !SENTENCE_MARK.test(headline) && !NO_HEADLINE_END.test(headline) && balanced(headline);
}

/** `标题叶国靖 正文`: a 2–3 character name opening with a common surname, then a space. */
const HEADLINE_NAME_SPACE = /^([^\s]{6,40}?)(\p{Script=Han}{2,3})[ \t\u3000]+(?=[\p{Script=Han}“「《])/u;

export function atAuthorName(text: string): Split | null {
  const m = HEADLINE_NAME_SPACE.exec(text);
  if (!m) return null;
  const run = m[1]! + m[2]!;
  // The name is the longest tail of the run that opens with a surname: 叶国靖, not 国靖.
  for (const len of [3, 2]) {
    const name = run.slice(-len);
    const headline = run.slice(0, -len);
    if ([...name].length !== len || !SURNAMES.has(name[0]!) || !plausibleHeadline(headline)) continue;
    const body = text.slice(m[0].length).trim();
    // The body is prose: it reaches a comma or full stop, and spaces do not stand in for them
    // (a caption line `…呈現金黃 泛紅色彩…` has no byline).
    const clauseEnd = body.search(SENTENCE_MARK);
    if (clauseEnd < 0 || /\p{Script=Han}\s+\p{Script=Han}/u.test(body.slice(0, clauseEnd))) return null;
    return { headline, byline: name, body };
  }
  return null;
}

/** The phrase ending at `end` (at least MIN_PHRASE Han or digits) found again in `after`. */
function phraseRepeats(text: string, end: number, after: string): boolean {
  const phrase = text.slice(end - MIN_PHRASE, end);
  return /^[\p{Script=Han}\d]+$/u.test(phrase) && after.includes(phrase);
}

/**
 * `人社部长：…提到人均收入6倍新医改…“…人均收入6倍”的目标…`: the first clause is too long to be
 * one clause, it opens like a headline (a topic set off by a colon or a space), and the
 * headline's last phrase comes back in the body's first sentence. The cut
 * is the last point whose preceding phrase repeats, so the headline keeps all of its words.
 */
export function atRepeatedPhrase(text: string): Split | null {
  const clause = text.search(SENTENCE_MARK);
  const shape = HEADLINE_SHAPE.exec(text);
  if (clause < RUN_ON_CLAUSE || !shape || SAYING.test(shape[1]!)) return null;
  const sentenceEnd = text.slice(clause).search(/[。！？!?]/u);
  const sentence = text.slice(0, sentenceEnd < 0 ? text.length : clause + sentenceEnd);
  // The headline runs on past its topic (人社部长：医保…): a bare topic is no headline.
  const minEnd = Math.max(MIN_HEADLINE, shape[0].length + MIN_PHRASE);
  for (let end = Math.min(MAX_HEADLINE, clause); end >= minEnd; end--) {
    if (!phraseRepeats(sentence, end, sentence.slice(end))) continue;
    const headline = text.slice(0, end).trim();
    const body = text.slice(end).trim();
    if (!plausibleHeadline(headline) || NO_BODY_START.test(body)) return null;
    return { headline, byline: '', body };
  }
  return null;
}

/** A headline with its sub-headline: long, but still a line of display type. */
const MAX_WITH_SUBTITLE = 50;

/**
 * `范冰冰 在梦想的仙境一路漫游“演员梦”——范冰冰前传：妈，我要当演员！要了解一个人…`: an opening
 * set off like a headline and a dash introducing a sub-headline, up to the first ！ or ？, make
 * that whole first sentence the headline (a statement ending in 。 stays prose).
 */
export function atDashSubtitle(text: string): Split | null {
  const shape = HEADLINE_SHAPE.exec(text);
  if (!shape || SAYING.test(shape[1]!)) return null;
  const end = text.search(/[。！？!?]/u);
  if (end < 0 || end + 1 > MAX_WITH_SUBTITLE || text[end] === '。') return null;
  const headline = text.slice(0, end + 1).trim();
  const body = text.slice(end + 1).trim();
  const dash = headline.indexOf('——');
  if (dash < 0 || !balanced(headline) || !body) return null;
  // The sub-headline starts with the dash, or with the quoted phrase the dash follows.
  const quote = headline[dash - 1] === '”' ? headline.lastIndexOf('“', dash) : dash;
  if (quote <= shape[0].length) return { headline, byline: '', body };
  return { headline: headline.slice(0, quote).trim(), subheadline: headline.slice(quote), byline: '', body };
}
