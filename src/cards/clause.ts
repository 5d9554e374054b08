/**
 * Example sentences that fit a phone: a sentence longer than 40 characters is cut to the
 * clause(s) around the word, with "…" where text was left out. Offsets are re-based so the
 * tokens (and their pinyin) still line up with the shorter text.
 */
import type { CardSentence } from './types.js';

export const CARD_SENTENCE_MAX = 40;
/** A cut example shorter than this gives no context; it keeps a neighbouring clause. */
export const CARD_SENTENCE_MIN = 8;
const ELLIPSIS = '…';
// Clause ends inside a sentence; a sentence end only occurs inside quoted speech.
const CLAUSE_END = /[，,；;：:、。！？!?]/;

/** Characters as a reader counts them (no spaces). */
export const visibleLength = (text: string): number => Array.from(text.replace(/\s+/g, '')).length;

/** [start, end) of each clause, its closing punctuation included. */
function clausesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i]!) && !CLAUSE_END.test(text[i + 1] ?? '')) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The sentence itself when short enough; else the clauses around the target, within the limit. */
export function fitSentence(s: CardSentence, max = CARD_SENTENCE_MAX): CardSentence {
  if (visibleLength(s.text) <= max) return s;
  const clauses = clausesOf(s.text);
  let first = clauses.findIndex(([a, b]) => s.targetStart >= a && s.targetStart < b);
  if (first < 0) return s;
  let last = first;
  // Also keep the clause the target ends in, should the word straddle a comma.
  while (last + 1 < clauses.length && clauses[last]![1] < s.targetEnd) last++;
  const span = (a: number, b: number) => visibleLength(s.text.slice(clauses[a]![0], clauses[b]![1]));
  // Grow towards the following clause first (it usually completes the thought), then back.
  for (let grew = true; grew; ) {
    grew = false;
    if (last + 1 < clauses.length && span(first, last + 1) <= max) [last, grew] = [last + 1, true];
    if (first > 0 && span(first - 1, last) <= max) [first, grew] = [first - 1, true];
  }
  // A lone short clause ("相关报道，") says too little: take neighbours even past the limit.
  while (span(first, last) < CARD_SENTENCE_MIN && (last + 1 < clauses.length || first > 0)) {
    if (last + 1 < clauses.length) last++;
    else first--;
  }
  const start = clauses[first]![0];
  let end = clauses[last]![1];
  const cutBefore = start > 0;
  const cutAfter = end < s.text.length;
  // A clause that ends in a comma reads as unfinished; the ellipsis replaces the comma.
  if (cutAfter && /[，,；;：:、]$/.test(s.text.slice(start, end))) end -= 1;
  const body = s.text.slice(start, end).trim();
  const lead = s.text.slice(start, end).indexOf(body);
  const from = start + lead;
  const prefix = cutBefore ? ELLIPSIS : '';
  const shift = prefix.length - from;
  const text = prefix + body + (cutAfter ? ELLIPSIS : '');
  const tokens = s.tokens
    .filter((t) => t.start >= from && t.end <= from + body.length)
    .map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
  return { text, tokens, targetStart: s.targetStart + shift, targetEnd: s.targetEnd + shift };
}
