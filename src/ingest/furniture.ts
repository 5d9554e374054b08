/**
 * Page furniture inside the text: contact lines, copyright notices, share and navigation labels,
 * lines repeated down the page and link labels repeated after every name (`(论坛 相册 户型 样板间
 * 地图搜索)` ×9). They are set aside as `masthead` (or `byline` for a lone dateline) so they give
 * no vocabulary, no examples and no study sentences; repeated link labels are dropped.
 */
import type { Paragraph } from '../domain/types.js';
import { splitSentences } from './sentences.js';

const CONTACT_LABEL = /(?:电话|電話|热线|熱線|传真|傳真|手机|手機|行動|地址|地點|邮编|郵編|邮箱|郵箱|信箱|e-?mail|QQ群?|微信号?|短信)\s*[:：]/iu;
const PHONE = /(?<![\d.])(?:0\d{1,3}[-－‐]\d{3,4}[-－‐]?\d{3,4}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?![\d.])/u;
const COPYRIGHT =
  /版权所有|版權所有|copyright|©|all rights reserved|未经.{0,8}(?:授权|许可|同意|授權|許可)|转载请注明|轉載請註明|不得转载|禁止转载|免责声明|免責聲明|责任编辑|責任編輯|(?:相关|相關)?权益归.{1,20}所有|(?:相關)?權益歸.{1,20}所有/iu;
/** Reader-feedback widgets: "您认为这篇文章与…相关度高吗？". */
const FEEDBACK = /(?:这篇文章|這篇文章|本文).{0,40}(?:相关度|相關度)/u;
/** Share and navigation labels, each a whole sentence (SHARE_OR_NAV) — or somewhere in a paragraph (ANY_FURNITURE). */
const SHARE_OR_NAV_LABELS =
  String.raw`(?:转播到腾讯微博|分享到.{0,12}|分享至.{0,12}|我要评论|我要分享|发表评论|查看评论|网友评论|相关(?:阅读|新闻|链接|文章|报道|专题)|精彩视频推荐|视频推荐|推荐阅读|延伸阅读|热点推荐|点击(?:进入|查看|这里).{0,10}|返回(?:首页|顶部|目录)|上一页|下一页|上一篇.{0,30}|下一篇.{0,30}|打印(?:本页)?|关闭(?:窗口)?|收藏(?:本文)?|进入.{0,8}(?:论坛|专题|频道))`;
const SHARE_OR_NAV = new RegExp(`^${SHARE_OR_NAV_LABELS}[\\s：:。！!]*$`, 'u');
/** `TNW中文站 10月14日报道`, `新华社北京7月26日电`: a dateline standing alone. */
const DATELINE_ONLY = /^[\p{Script=Han}A-Za-z]{2,16}\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:电|報導|报道|讯|訊)$/u;
/**
 * Matches every paragraph that holds a furniture sentence (and some others): each sentence test
 * without its anchors and look-arounds. Most paragraphs fail it and are not split into sentences.
 */
const ANY_FURNITURE = new RegExp(
  [CONTACT_LABEL, COPYRIGHT, FEEDBACK].map((r) => r.source).concat(SHARE_OR_NAV_LABELS, String.raw`0\d{1,3}[-－‐]\d{3,4}|1[3-9]\d{9}|400-?\d{3}-?\d{4}`).join('|'),
  'iu',
);
const BRACKETED = /[（(【[]([^（）()【】[\]]{1,40})[）)】\]]/gu;
const MIN_REPEATS = 3;
const MAX_PHONE_SENTENCE = 50;

/** A sentence that is furniture wherever it stands. */
export function isFurnitureSentence(text: string): boolean {
  const t = text.trim();
  if (CONTACT_LABEL.test(t) || COPYRIGHT.test(t) || SHARE_OR_NAV.test(t) || FEEDBACK.test(t)) return true;
  return PHONE.test(t) && [...t].length <= MAX_PHONE_SENTENCE;
}

function repeated(items: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_REPEATS).map(([item]) => item));
}

/** Body and headline text split into runs of text and runs of furniture sentences. */
function splitFurniture(p: Paragraph): Paragraph[] {
  if (DATELINE_ONLY.test(p.text.trim())) return [{ text: p.text, kind: 'byline' }];
  if (!ANY_FURNITURE.test(p.text)) return [p];
  const sentences = splitSentences(p.text);
  const flags = sentences.map(isFurnitureSentence);
  if (!flags.some(Boolean)) return [p];
  const out: Paragraph[] = [];
  sentences.forEach((s, i) => {
    const kind = flags[i] ? 'masthead' : p.kind;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += s;
    else out.push({ text: s, kind });
  });
  return out;
}

export function setAsideFurniture(paragraphs: Paragraph[]): Paragraph[] {
  // Link labels after every mention: the same bracketed text three times or more.
  const labels = repeated(paragraphs.flatMap((p) => [...p.text.matchAll(BRACKETED)].map((m) => m[0])));
  const cleaned = labels.size
    ? paragraphs.map((p) => ({ ...p, text: p.text.replace(BRACKETED, (all) => (labels.has(all) ? '' : all)) }))
    : paragraphs;
  const lines = furnitureLines(cleaned);
  return cleaned.flatMap((p): Paragraph[] => {
    if (p.text.trim() === '') return [];
    if (p.kind !== 'body' && p.kind !== 'headline') return [p];
    if (lines.has(p.text.trim())) return [{ ...p, kind: 'masthead' }];
    return splitFurniture(p);
  });
}

/**
 * Paragraphs repeated down the page (MIN_REPEATS or more), unless the repeats are most of the
 * text: then the repetition is the content (an article pasted several times, a file of repeated
 * articles), not furniture around it, and none is set aside for repeating.
 */
function furnitureLines(paragraphs: Paragraph[]): Set<string> {
  const lines = repeated(paragraphs.map((p) => p.text.trim()));
  let all = 0;
  let inRepeats = 0;
  for (const p of paragraphs) {
    if (p.kind !== 'body' && p.kind !== 'headline') continue;
    const t = p.text.trim();
    all += t.length;
    if (lines.has(t)) inRepeats += t.length;
  }
  return inRepeats * 2 > all ? new Set() : lines;
}
