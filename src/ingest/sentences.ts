/** Sentence splitting for Chinese paragraphs. */

import { CLOSERS, isHan, isWide } from './chars.js';

const FULL_TERMINALS = new Set(['。', '！', '？', '；', '…', '｡']);
/** Pairs whose content stays in one sentence: a quotation or title is not cut in half. */
const OPENERS = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['《', '》'], ['（', '）'], ['(', ')']]);
const CLOSING = new Set(OPENERS.values());

/** ASCII `?` `!` `.` end a sentence only inside Chinese text, never in `3.5` or `Mr.`. */
function isTerminal(chars: string[], i: number): boolean {
  const ch = chars[i]!;
  if (FULL_TERMINALS.has(ch)) return true;
  const before = chars[i - 1] ?? '';
  const after = chars[i + 1];
  if (ch === '．') return !/\d|[０-９]/u.test(before);
  if (ch === '?' || ch === '!') {
    return (isWide(before) || before === '?' || before === '!') && (after === undefined || isWide(after) || /\s/u.test(after) || CLOSERS.has(after));
  }
  if (ch === '.') return isHan(before) && (after === undefined || isHan(after));
  return false;
}

function split(chars: string[], trackPairs: boolean): { pieces: string[]; balanced: boolean } {
  const pieces: string[] = [];
  const stack: string[] = [];
  let start = 0;
  const cut = (end: number): void => {
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      cut(i + 1);
      continue;
    }
    if (trackPairs && OPENERS.has(ch)) {
      stack.push(OPENERS.get(ch)!);
      continue;
    }
    if (trackPairs && CLOSING.has(ch) && stack.at(-1) === ch) {
      stack.pop();
      // `……了。”` ends the sentence at the closing quote, which stays attached.
      let k = i - 1;
      while (k >= 0 && CLOSERS.has(chars[k]!)) k--;
      if (stack.length === 0 && k >= 0 && isTerminal(chars, k)) cut(endOfRun(chars, i + 1));
      continue;
    }
    if (stack.length > 0 || !isTerminal(chars, i)) continue;
    let j = i + 1;
    while (j < chars.length && (isTerminal(chars, j) || chars[j] === '…')) j++;
    // `苹果、香蕉……等水果`: an ellipsis before 等 ends a list, not a sentence.
    if (chars[i] === '…' && chars[j] === '等') continue;
    cut(endOfRun(chars, j));
    i = start - 1;
  }
  cut(chars.length);
  return { pieces, balanced: stack.length === 0 };
}

/** Closing quotes/brackets right after a sentence end belong to that sentence. */
function endOfRun(chars: string[], from: number): number {
  let j = from;
  while (j < chars.length && CLOSERS.has(chars[j]!)) j++;
  return j;
}

/**
 * Splits after 。！？；… (and ASCII ?! between Chinese characters), keeping
 * closing quotes and brackets with their sentence and never cutting inside a
 * quotation, title or parenthesis. If quotes are unbalanced, pairs are ignored.
 */
export function splitSentences(text: string): string[] {
  const chars = [...text];
  let result = split(chars, true);
  if (!result.balanced) result = split(chars, false);
  const out: string[] = [];
  for (const raw of result.pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    // A stray closing mark on its own belongs to the sentence before it.
    if (out.length > 0 && !/[\p{L}\p{N}]/u.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}
