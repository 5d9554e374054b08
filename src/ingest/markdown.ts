/** Markdown → plain text: one line per block, headings marked with `# `. */

import { decodeHTML } from 'entities';
import { joinPieces } from './chars.js';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/u;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/u;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const REF_DEF = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/u;
const QUOTE = /^\s{0,3}(?:>\s?)+/u;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

/** Inline syntax: images go, links and emphasis keep their text. */
export function stripInline(text: string): string {
  return decodeHTML(
    text
      .replace(/<!--.*?-->/gu, '')
      .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/gu, '')
      .replace(/\[\^[^\]]+\]/gu, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1')
      .replace(/<(?:https?|mailto):[^>]+>/gu, '')
      .replace(/<\/?[A-Za-z][^>]*>/gu, '')
      .replace(/`+([^`]*)`+/gu, '$1')
      .replace(/(\*{1,3}|_{1,3}|~~)(?=\S)([^*_~]*?\S)\1/gu, (m, mark: string, inner: string, offset: number, whole: string) =>
        // `snake_case_words` are not emphasis: underscores need a non-word neighbour.
        mark.startsWith('_') && /\w/u.test(whole[offset - 1] ?? '') ? m : inner,
      )
      .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/gu, '$1'),
  ).trim();
}

export function markdownToText(md: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    const text = paragraph.map(stripInline).reduce(joinPieces, '');
    if (text !== '') out.push(/^#{1,6}\s/u.test(text) ? `\\${text}` : text);
    paragraph = [];
  };

  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  if (/^---\s*$/u.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(l));
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    if (line.trim() === '' || REF_DEF.test(line) || (TABLE_RULE.test(line) && line.includes('|'))) {
      flush();
      continue;
    }
    const setext = SETEXT.exec(line);
    // `===` or `---` right under paragraph text underlines a heading.
    if (setext && paragraph.length > 0) {
      const title = paragraph.map(stripInline).reduce(joinPieces, '');
      paragraph = [];
      if (title !== '') out.push(`# ${title}`);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const title = stripInline(atx[2] ?? '');
      if (title !== '') out.push(`# ${title}`);
      continue;
    }
    let content = line.replace(QUOTE, '');
    if (LIST.test(content)) {
      flush();
      content = content.replace(LIST, '');
    }
    if (content.includes('|') && /^\s*\|/u.test(content)) {
      flush();
      paragraph.push(content.split('|').map((c) => c.trim()).filter(Boolean).join(' '));
      flush();
      continue;
    }
    // Two trailing spaces or a backslash are a markdown hard line break.
    const hardBreak = / {2,}$|\\$/u.test(content);
    paragraph.push(content.replace(/\\$/u, '').trim());
    if (hardBreak) flush();
  }
  flush();
  return out.join('\n');
}
