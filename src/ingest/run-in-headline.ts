/**
 * News saved as one line runs the headline straight into the body, with the dateline or credit
 * between them (`…季后赛复出新浪体育讯北京时间…`, `…今日举行本报华盛顿7月26日电（记者温宪）中国…`).
 * The headline and the credit are cut off the first paragraph, so that neither is read as the
 * start of sentence 0 (新浪, 讯 are no words to learn).
 */
import type { Paragraph } from '../domain/types.js';
import { atAuthorName, atDashSubtitle, atRepeatedPhrase, type Split } from './headline-cues.js';

/** Papers and agencies whose names open a dateline (本报华盛顿7月26日电, 中新网7月26日电). */
const SOURCE =
  '(?:本报|本刊|本台|新华社|中新社|中新网|新华网|人民网|央视网|新浪网|法新社|路透社|美联社|共同社|(?:北京|上海|广州|深圳|天津|重庆|南京|武汉|成都|杭州|西安|长沙|东方|南方|新京|京华|华西|扬子|楚天|齐鲁|羊城|钱江|第一财经)\\p{Script=Han}{0,4}?(?:日报|晚报|早报|时报|商报|青年报|考试报|报|网|社|台))';
const CREDIT = '[（(](?:[^（）()]{0,12}?(?:记者|通讯员|编译|实习生|报道)[^（）()]{0,12})[）)]';
/** Where the byline starts and how far it reaches, in the order they are tried. */
const DATELINES: RegExp[] = [
  // 新浪体育讯, 本报讯(见习记者廖筱婧), 本报华盛顿7月26日电（记者温宪）, 中新网7月26日电
  new RegExp(`(?:新浪|搜狐|网易|腾讯|凤凰)\\p{Script=Han}{0,2}讯|${SOURCE}讯(?:${CREDIT})?|${SOURCE}\\p{Script=Han}{0,6}?\\d{1,2}月\\d{1,2}日电(?:${CREDIT})?`, 'u'),
  // 北京考试报（记者 马海丽）, （中关村在线数码影像行情报道）, 东方早报记者 肖莉
  new RegExp(`(?:${SOURCE})?${CREDIT}|${SOURCE}记者\\s*\\p{Script=Han}{2,3}(?=\\s)`, 'u'),
];
/** Without a dateline, a date opening the body: 2008年，…, 16世纪是…, 6—8月，…, 27日下午，…, 今年以来，… */
const BODY_DATE = /(?:\d{4}年|\d{1,2}世纪|\d{1,2}[—-]\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}日[上下]午|\p{Script=Han}年以来(?=，))/u;
/** Characters a headline does not end on: 成立于1921年 is one sentence. */
const NO_HEADLINE_END = /[于在到从至自是为和与及的了约近达]$/u;
const SENTENCE_MARK = /[。！？，；]/u;
const MIN_HEADLINE = 4;
const MAX_HEADLINE = 60;

function atDateline(text: string): Split | null {
  for (const re of DATELINES) {
    const m = re.exec(text.slice(0, MAX_HEADLINE + 40));
    if (!m) continue;
    const headline = text.slice(0, m.index).trim();
    // 本报讯（记者 王某）今天…: a paragraph may open with its dateline and no headline.
    const chars = [...headline].length;
    if ((chars > 0 && chars < MIN_HEADLINE) || chars > MAX_HEADLINE || /。/u.test(headline)) continue;
    return { headline, byline: m[0].trim(), body: text.slice(m.index + m[0].length).trim() };
  }
  return null;
}

function atBodyDate(text: string): Split | null {
  const m = BODY_DATE.exec(text.slice(0, MAX_HEADLINE + 10));
  if (!m) return null;
  const headline = text.slice(0, m.index).trim();
  const chars = [...headline].length;
  if (chars < MIN_HEADLINE + 2 || chars > MAX_HEADLINE || SENTENCE_MARK.test(headline) || NO_HEADLINE_END.test(headline)) return null;
  // The character before the date is Chinese: 2008年 does not continue a number or a Latin word.
  if (!/\p{Script=Han}|[》”」）)]$/u.test(headline.slice(-1))) return null;
  return { headline, byline: '', body: text.slice(m.index).trim() };
}

/** Cues trusted only in a one-line article: a name, a date, a restated phrase or a dash sub-headline. */
function oneLineSplit(text: string): Split | null {
  return atAuthorName(text) ?? atBodyDate(text) ?? atRepeatedPhrase(text) ?? atDashSubtitle(text);
}

/**
 * Splits the headline (and a dateline or credit after it) off the first paragraph of a plain
 * text article when they run together, and a dateline off any paragraph it opens. A date opening the body is only trusted when the whole
 * article is that one paragraph: the shape of news exported one article per line.
 */
export function splitRunInHeadline(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.flatMap((p, i): Paragraph[] => {
    if (p.kind !== 'body') return [p];
    const found = atDateline(p.text) ?? (paragraphs.length === 1 ? oneLineSplit(p.text) : null);
    // Later paragraphs may open with a dateline (本报讯 昨天，…) but carry no headline.
    const split = found && (i === 0 || !found.headline) ? found : null;
    if (!split || !split.body) return [p];
    const out: Paragraph[] = split.headline ? [{ text: split.headline, kind: 'headline' }] : [];
    if (split.subheadline) out.push({ text: split.subheadline, kind: 'headline' });
    if (split.byline) out.push({ text: split.byline, kind: 'byline' });
    out.push({ text: split.body, kind: 'body' });
    return out;
  });
}
