/** Assigns paragraph roles: body, headline, byline, masthead (page furniture). */

import type { Paragraph, ParagraphKind } from '../domain/types.js';
import { CLAUSE_PUNCT, endsSentence, hasHan } from './chars.js';
import { isBylineLine, splitTrailingByline } from './byline.js';
import type { Block } from './layout.js';

export type HeadlineMode = 'auto' | 'marked';

const MAX_HEADLINE_CHARS = 40;
const NAME_LINE = /^\p{Script=Han}{2,3}$/u;

/** A short line standing alone that does not read as a sentence. */
export function looksLikeHeadline(text: string): boolean {
  const chars = [...text];
  if (chars.length > MAX_HEADLINE_CHARS || !hasHan(text)) return false;
  if (endsSentence(text) || text.includes('。')) return false;
  // A dangling comma or colon means a clause cut off, not a title.
  return !/[，、；：,;:]$/u.test(text);
}

const DATE_LINE =
  /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*农历\S+)?$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\S+)?$/u;

/**
 * Ad, navigation and date lines at the top of a page: a few short items
 * separated by spaces or bars, no punctuation (`升学团子 江南易购`, `首页 | 新闻 | 体育`).
 */
function isFurnitureLine(text: string): boolean {
  if (DATE_LINE.test(text)) return true;
  const items = text.split(/[\s|｜•／/]+/u).filter(Boolean);
  if (items.length < 2 || [...text].length > 30) return false;
  return items.every((item) => [...item].length <= 6 && !CLAUSE_PUNCT.test(item));
}

/** `TNW中文站2016年10月14日07:17`: a source and timestamp line, not content. */
const STAMP_LINE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$/u;

function isStampLine(text: string): boolean {
  return DATE_LINE.test(text) || ([...text].length <= 30 && STAMP_LINE.test(text) && !CLAUSE_PUNCT.test(text.replace(STAMP_LINE, '')));
}

function initialKind(text: string, heading: boolean, headlines: HeadlineMode): ParagraphKind {
  if (isBylineLine(text)) return 'byline';
  if (!hasHan(text)) return 'masthead';
  if (heading) return 'headline';
  if (isStampLine(text)) return 'masthead';
  if (headlines === 'auto' && looksLikeHeadline(text)) return 'headline';
  return 'body';
}

export function classifyBlocks(blocks: Block[], headlines: HeadlineMode): Paragraph[] {
  const pieces: Array<{ text: string; heading: boolean }> = [];
  for (const block of blocks) {
    const split = block.heading ? null : splitTrailingByline(block.text);
    if (split) pieces.push({ text: split[0], heading: false }, { text: split[1], heading: false });
    else pieces.push(block);
  }
  const paragraphs = pieces.map(
    (p): Paragraph => ({ text: p.text, kind: initialKind(p.text, p.heading, headlines) }),
  );

  // Above the first body paragraph, a furniture-looking line is only a
  // headline if it is the last thing before the body; anything earlier
  // is the page's nameplate, ads or navigation.
  let firstBody = paragraphs.findIndex((p) => p.kind === 'body');
  if (firstBody < 0) firstBody = paragraphs.length;
  for (let i = 0; i < firstBody; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'headline' && !pieces[i]!.heading && i < firstBody - 1 && isFurnitureLine(p.text)) {
      p.kind = 'masthead';
    }
    // 郭晋晖 alone under the headline: the reporter, not a second headline.
    if (p.kind === 'headline' && paragraphs[i - 1]?.kind === 'headline' && NAME_LINE.test(p.text)) p.kind = 'byline';
  }
  return paragraphs;
}
