/**
 * Undoes print layout: text copied from a newspaper page is hard-wrapped at the
 * column width, with line breaks (and sometimes blank lines) inside words.
 */

import { CLAUSE_PUNCT, displayWidth, endsSentence, isHan, joinPieces, layoutWidth } from './chars.js';
import { isBylineLine, splitTrailingByline } from './byline.js';

export interface Line {
  text: string;
  /** Layout width including leading indentation. */
  width: number;
  indented: boolean;
  /** Marked as a heading (`# ` prefix from markdown/HTML extraction). */
  heading: boolean;
  blanksBefore: number;
}

export interface Block {
  text: string;
  heading: boolean;
}

interface Column {
  width: number;
  /** Paragraphs open with a visibly short first line (indent dropped when copied). */
  shortStarts: boolean;
  /** Paragraphs open with leading whitespace that survived copying. */
  indentStarts: boolean;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;

export function parseLines(text: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const raw = rawLine.replace(INVISIBLE, '').replace(/\u00a0/g, ' ').trimEnd();
    const text = raw.trim();
    if (text === '') {
      blanks++;
      continue;
    }
    const lead = raw.slice(0, raw.length - raw.trimStart().length);
    // `\#` at line start is a literal `#` that extraction protected from being a heading mark.
    const escaped = text.startsWith('\\#');
    const heading = escaped ? null : HEADING.exec(text);
    const content = heading ? heading[1]!.trim() : escaped ? text.slice(1) : text;
    // A credit appended to a paragraph's last line can run past the column.
    const credit = splitTrailingByline(content);
    lines.push({
      text: content,
      width: layoutWidth(lead + (credit ? credit[0] : content)),
      indented: lead.includes('\u3000') || lead.includes('\t') || lead.length >= 2,
      heading: heading !== null,
      blanksBefore: blanks,
    });
    blanks = 0;
  }
  return lines;
}

const MIN_COLUMN = 18;

/**
 * Finds the column width of a hard-wrapped text: the width most lines sit just
 * under. Text with one paragraph per line has no such width, and its lines
 * end with a full stop, while wrapped lines mostly stop mid-sentence.
 */
export function detectColumn(lines: Line[]): Column | null {
  const body = lines.filter((l) => !l.heading);
  if (body.length < 4) return null;
  let best = 0;
  let width = 0;
  for (const w of new Set(body.map((l) => l.width))) {
    if (w < MIN_COLUMN) continue;
    const n = body.filter((l) => inBand(l.width, w)).length;
    if (n > best || (n === best && w > width)) [best, width] = [n, w];
  }
  if (best < Math.max(3, body.length * 0.5)) return null;
  const band = body.filter((l) => inBand(l.width, width));
  const open = band.filter((l) => !endsSentence(l.text)).length;
  if (open < band.length * 0.5) return null;

  // Lines right after a clear paragraph end show how paragraphs start.
  const starts = body.filter((l, i) => i > 0 && endsParagraph(body[i - 1]!, width));
  const shortStarts = starts.length >= 2 && starts.filter((l) => l.width <= width - 4).length >= starts.length * 0.7;
  const indentedCount = body.filter((l) => l.indented).length;
  const indentStarts = indentedCount >= 2 && indentedCount <= body.length * 0.5;
  return { width, shortStarts, indentStarts };
}

function inBand(w: number, column: number): boolean {
  return w >= column * 0.75 && w <= column + 2;
}

function endsParagraph(line: Line, column: number): boolean {
  return line.width < column * 0.75 && (endsSentence(line.text) || splitTrailingByline(line.text) !== null);
}

/** Whether the break between two consecutive non-empty lines is only a wrap. */
function isSoftBreak(prev: Line, next: Line, col: Column, first: boolean): boolean {
  const w = col.width;
  if (prev.heading || next.heading || next.blanksBefore > 2) return false;
  // The first line of a page standing apart is a title, whatever its width.
  if (first && next.blanksBefore > 0) return false;
  // A wrapped paragraph's continuation is either full or its last line (ending
  // in punctuation); a short line stopping on a character opens something new.
  if (next.width <= w - 5 && isHan([...next.text].at(-1)!)) return false;
  if (prev.width > w + 2 || next.width > w + 2) return false;
  if (col.indentStarts && next.indented) return false;
  if (splitTrailingByline(prev.text) || isBylineLine(prev.text) || isBylineLine(next.text)) return false;
  if (endsSentence(prev.text)) {
    // A sentence can end exactly at the line end; the next line still belongs to
    // the paragraph when paragraphs visibly start some other way.
    if (col.indentStarts) return !next.indented && prev.width >= w * 0.75;
    return col.shortStarts && prev.width >= w - 3 && next.width >= w - 3;
  }
  return prev.width >= w * 0.75 || latinWordForcedBreak(prev, next, w);
}

/** Ragged Latin text: the break was forced if the next word would not have fit. */
function latinWordForcedBreak(prev: Line, next: Line, w: number): boolean {
  if (!/[A-Za-z0-9,;]$/u.test(prev.text)) return false;
  const word = /^[A-Za-z0-9'-]+/u.exec(next.text);
  return word !== null && prev.width + 1 + displayWidth(word[0]) > w;
}

/**
 * Groups lines into paragraph blocks. Outside a hard-wrapped layout every line
 * is its own block.
 */
export function groupLines(lines: Line[], layout: 'auto' | 'lines'): Block[] {
  const col = layout === 'auto' ? detectColumn(lines) : null;
  const groups: Line[][] = [];
  for (const line of lines) {
    const current = groups.at(-1);
    const prev = current?.at(-1);
    if (current && prev && col && isSoftBreak(prev, line, col, prev === lines[0])) current.push(line);
    else groups.push([line]);
  }
  return groups.flatMap((group) => {
    // Headline decks set at column width join like body lines but carry no
    // punctuation at all; a real paragraph would have some.
    if (group.length > 1 && !group.some((l) => CLAUSE_PUNCT.test(l.text)) && !endsSentence(group.at(-1)!.text)) {
      return group.map((l) => ({ text: l.text, heading: l.heading }));
    }
    return [{ text: group.map((l) => l.text).reduce(joinPieces, ''), heading: group[0]!.heading }];
  });
}
