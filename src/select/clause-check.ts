/**
 * Is this stretch of a sentence something a teacher would hand a learner to study? A clause
 * with a predicate, mostly Chinese words, brackets balanced — not a list of names, a dateline,
 * a contact line or site boilerplate, which news and web pages are full of.
 */
import type { Segment } from '../domain/types.js';

/** True for a word that can carry a clause (a verb or adjective); the pipeline knows how to tell. */
export type IsPredicate = (word: string) => boolean;

const predicateToken = (t: Segment, isPredicate: IsPredicate) => t.kind === 'word' && isPredicate(t.text);

const HAN = /\p{Script=Han}/u;

// Phone and fax numbers, labelled contact fields, long digit runs (telephone numbers).
const CONTACT = /(电话|電話|热线|熱線|传真|傳真|手机|手機|行动|行動|邮箱|郵箱|地址|QQ|微信|E-?mail)\s*[:：]|\d{2,4}[-－]\d{3,4}[-－]?\d{3,}|\d{7,}/i;
// Datelines and credits: 新华社北京3月5日电, 10月14日报道, 本报讯, （记者 王某 摄）.
const DATELINE = /^[^，。；]{0,24}?\d{1,2}月\d{1,2}日(电|讯|报道|消息)|^[^，。]{0,8}(本报|新华社|中新网|新浪\S{0,4})讯|记者\s*\S{2,4}\s*(报道|摄)/;
// Site furniture that survives as text: related-link bullets, copyright, comment links, "was this relevant".
const FURNITURE = /^[◇◆□■●▲△★☆▼▽]|未经.{0,6}授权|不得转载|版权所有|版權所有|我要评论|我要評論|责任编辑|責任編輯|相关度|相關度|转播到|點擊|点击查看/;
// Two or more ·-joined names with a dash or 、 between: a cast list (比利·雷斯——比利·雷斯);
// arrows are route and timetable notation (南竿→北竿).
const NAME_LIST = /[·•][^，。；]*(——|—|、|－)[^，。；]*[·•]|[→↔]/;
const PAIRS = ['“”', '「」', '『』', '《》', '（）', '()', '【】', '[]', '〈〉'];

/** Characters that count for length: everything but whitespace. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Spaces (ASCII, no-break, ideographic) do not count; a surrogate pair counts once.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0 && c !== 0x3000 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

const OPEN = new Map(PAIRS.map((p, i) => [p[0]!, i]));
const CLOSE = new Map(PAIRS.map((p, i) => [p[1]!, i]));

function balanced(text: string): boolean {
  const depth = new Array<number>(PAIRS.length).fill(0);
  for (const ch of text) {
    const o = OPEN.get(ch);
    if (o !== undefined) depth[o]!++;
    const c = CLOSE.get(ch);
    if (c !== undefined && --depth[c]! < 0) return false;
  }
  return depth.every((d) => d === 0);
}

/** Why a stretch is not a study clause, or null when it is one. */
export function clauseProblem(text: string, tokens: readonly Segment[], isPredicate: IsPredicate): string | null {
  let hanWords = 0;
  let content = 0;
  let names = 0;
  let predicate = false;
  let inTitle = 0;
  for (const t of tokens) {
    // A verb inside a title (《…研究》) does not make a sentence.
    if (/^[《〈]$/.test(t.text)) inTitle++;
    if (/^[》〉]$/.test(t.text)) inTitle--;
    if (t.kind === 'punct' || t.kind === 'other') continue;
    // A Latin word or a number reads as one word, however many letters or digits it has (DeepMind).
    const chars = t.kind === 'latin' || t.kind === 'number' ? Math.min(2, visibleLength(t.text)) : visibleLength(t.text);
    content += chars;
    if (t.kind === 'name') names += chars;
    // Chinese names are Chinese text (烟台是范冰冰…): only Latin, numbers and symbols dilute it.
    if ((t.kind === 'word' || t.kind === 'name') && HAN.test(t.text)) hanWords += chars;
    predicate ||= inTitle <= 0 && predicateToken(t, isPredicate);
  }
  if (CONTACT.test(text)) return 'contact line';
  if (DATELINE.test(text)) return 'dateline';
  if (FURNITURE.test(text)) return 'page furniture';
  if (!balanced(text)) return 'unbalanced brackets';
  // Names joined by · and dashes are a list, not a sentence.
  if (names * 2 > content || NAME_LIST.test(text)) return 'list of names';
  if (hanWords < 5 || hanWords < content * 0.6) return 'mostly not Chinese words';
  if (!predicate) return 'no predicate';
  return null;
}

// An excerpt that stops at a comma is incomplete when it is only the lead-in to a main clause:
// a time or place phrase (…的时候, …之后, 在…中), a subordinate clause (虽然…, 由于…, 为了…),
// a verb of saying or noticing whose object follows (阿信表示, …认识到), or a noun phrase (…的交通船).
const LEAD_IN_END = /^(时|時|时候|時候|中|后|後|前|之外|以外|同时|同時|之后|之後|之前|以来|以來|上|下|里|裡|来说|來說|的|地|时期|時期|实际上|實際上|其实|其實|然而|但是|而且|所以|因此|同时|另外|此外|首先|其次|比如|例如)$/;
const SAYING = /^(表示|说|說|指出|称|稱|认为|認為|介绍|介紹|透露|强调|強調|坦言|问|問|发现|發現|觉得|覺得|知道|认识到|認識到|看到|表明|显示|顯示|提到|谈到|談到|发觉|發覺|相信|希望|写道|寫道|指|道|了解到|获悉|獲悉|得知|是)$/;
const SUBORDINATOR = /^(虽然|雖然|尽管|儘管|由于|由於|如果|因为|因為|除了|随着|隨著|当|當|即使|只要|既然|为了|為了|鉴于|鑑於|对于|對於|自从|自從|无论|無論|不管|假如|倘若|一旦|据|據|根据|根據|按|按照|依照|受|趁|凭|憑|只要|只有)$/;

/** Why an excerpt that ends at a clause break (，；：) is not a clause on its own, or null. */
export function leadInProblem(tokens: readonly Segment[], isPredicate: IsPredicate): string | null {
  const words = tokens.filter((t) => t.kind !== 'punct');
  const last = words.at(-1)?.text ?? '';
  const copula = words.findIndex((t) => COPULA.test(t.text));
  // …是免费的 is the 是…的 construction, a whole clause; …的时候 / …的 alone are not.
  if (LEAD_IN_END.test(last) && !(last === '的' && copula >= 0)) return 'time or place phrase';
  if (SAYING.test(last)) return 'lead-in to speech';
  // 所以，尽管… / 所以核心的温度只要…: the subordinator need not come first, but 是因为… is a predicate.
  const sub = words.slice(0, 4).findIndex((t) => SUBORDINATOR.test(t.text));
  if (sub >= 0 && !(copula >= 0 && copula < sub)) return 'subordinate clause';
  return nounPhraseProblem(tokens, isPredicate);
}

const COPULA = /^(是|为|為|成为|成為|有|像|叫|叫做|属于|屬於)$/;

/**
 * A noun phrase before a comma is a subject or topic, even with verbs inside its modifier
 * (满载上班乘客的专线小巴头班车，…): no predicate after the last 的 and no copula. Not applied at
 * the sentence end, where V…的N is usually a verb and its object (完成更复杂的任务). Before a
 * comma it also drops some verb-object clauses (需要考生掌握一定的法语基础): a known cost.
 */
function nounPhraseProblem(tokens: readonly Segment[], isPredicate: IsPredicate): string | null {
  const lastDe = tokens.findLastIndex((t) => t.text === '的');
  if (lastDe < 0 || tokens.slice(lastDe + 1).some((t) => predicateToken(t, isPredicate)) || tokens.some((t) => COPULA.test(t.text))) return null;
  return 'noun phrase';
}
