/**
 * First cut of a sentence: everything that is not a Chinese character gets its kind from the
 * characters themselves (Latin runs, Arabic numbers with their date/percent/magnitude suffixes,
 * punctuation, symbols); runs of Chinese characters are cut where jieba cut them and stay `han`
 * until names, numerals and the dictionary have had their say.
 */
import type { TokenKind } from '../domain/types.js';
import { arabicNumberEnd } from './numbers.js';

export type DraftKind = TokenKind | 'han';

export interface Draft {
  start: number;
  end: number;
  kind: DraftKind;
  /** The piece in the simplified copy of the sentence. */
  simp: string;
}

const HAN = /[\p{Script=Han}〇]/u;
/** ○ (a geometric shape) stands for zero in dates such as 二○○一年. */
const CIRCLE_ZERO = /[○◯]/;
const NUMERAL_NEIGHBOUR = /[〇零一二三四五六七八九十]/;
const WHITESPACE = /\s/u;
const ALNUM_START = /[0-9０-９\p{Script=Latin}]/u;
/** Latin words, model numbers and addresses hold together: APS-C, U.S, caibian3＠peopledaily．com．cn. */
const ALNUM_RUN = /(?:[0-9０-９]|\p{Script=Latin})+(?:[-.'’&_/·．+@＠－／](?:[0-9０-９]|\p{Script=Latin})+)*/uy;
const MINUS = /[-－−]/;
const LETTER = /\p{Script=Latin}/u;
/** Punctuation proper, plus the wave dash used as a range or trailing mark in Chinese text. */
const PUNCT = /[\p{P}～〜~]/u;
const EMOJI = /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D\p{Extended_Pictographic})*/uy;
const MARKS = /\p{M}*/uy;

// Character classes, computed once per UTF-16 code unit (Unicode property regexes are slow).
const WS = 1;
const HAN_CHAR = 2;
const CIRCLE = 3;
const MINUS_SIGN = 4;
const ALNUM = 5;
const PUNCTUATION = 6;
const OTHER = 7;
const HIGH_SURROGATE = 8;
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (WHITESPACE.test(ch)) return WS;
  if (HAN.test(ch)) return HAN_CHAR;
  if (CIRCLE_ZERO.test(ch)) return CIRCLE;
  if (MINUS.test(ch)) return MINUS_SIGN;
  if (ALNUM_START.test(ch)) return ALNUM;
  if (PUNCT.test(ch)) return PUNCTUATION;
  return OTHER;
}

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return classes[code] || (classes[code] = classify(code));
}

function isHan(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Fast path for the CJK unified block, which is nearly all Chinese text.
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  const k = classAt(text, i);
  if (k === HAN_CHAR) return true;
  // Surrogate pairs: CJK extension B and beyond.
  if (k === HIGH_SURROGATE) return HAN.test(text.slice(i, i + 2));
  if (k !== CIRCLE) return false;
  // 二○○○年 but not the placeholder in ○○公司: a real numeral must sit next to the circles.
  let a = i - 1;
  while (a >= 0 && classAt(text, a) === CIRCLE) a--;
  let b = i + 1;
  while (b < text.length && classAt(text, b) === CIRCLE) b++;
  return NUMERAL_NEIGHBOUR.test(text[a] ?? '') || NUMERAL_NEIGHBOUR.test(text[b] ?? '');
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

const isDigit = (text: string, i: number): boolean => /[0-9０-９]/.test(text[i] ?? '');

/** Offsets where jieba put a word boundary in `simp`, ascending. */
export function jiebaBoundaries(simp: string, words: string[]): number[] {
  const cuts: number[] = [];
  let at = 0;
  for (const w of words) {
    // jieba round-trips through UTF-8; if a word does not line up, find it again.
    const found = simp.startsWith(w, at) ? at : simp.indexOf(w, at);
    if (found < 0) continue;
    if (found !== at) cuts.push(found);
    at = found + w.length;
    cuts.push(at);
  }
  return cuts;
}

function add(out: Draft[], simp: string, start: number, end: number, kind: DraftKind): void {
  out.push({ start, end, kind, simp: simp.slice(start, end) });
}

/** `simp` is the same-length simplified copy jieba saw; kinds are decided on `simp` too. */
export function draftSentence(simp: string, cuts: number[]): Draft[] {
  const out: Draft[] = [];
  let c = 0;
  let i = 0;
  while (i < simp.length) {
    const k = classAt(simp, i);
    if (k === WS) {
      i++;
    } else if (isHan(simp, i)) {
      let end = i + charLength(simp, i);
      while (end < simp.length && isHan(simp, end)) end += charLength(simp, end);
      let from = i;
      while (c < cuts.length && cuts[c]! <= i) c++;
      for (; c < cuts.length && cuts[c]! < end; c++) {
        add(out, simp, from, cuts[c]!, 'han');
        from = cuts[c]!;
      }
      add(out, simp, from, end, 'han');
      i = end;
    } else if (k === MINUS_SIGN && isDigit(simp, i + 1) && (i === 0 || classAt(simp, i - 1) !== ALNUM)) {
      // －9℃: a minus sign belongs to its number.
      const end = arabicNumberEnd(simp, i + 1);
      add(out, simp, i, end, 'number');
      i = end;
    } else if (k === ALNUM) {
      ALNUM_RUN.lastIndex = i;
      const run = ALNUM_RUN.exec(simp)![0];
      if (LETTER.test(run)) {
        add(out, simp, i, i + run.length, 'latin');
        i += run.length;
      } else {
        // 2009-10-01 and 2010/11 are one number; otherwise read units such as 年, 月, %, 万.
        const end = /[-/－／]/.test(run) ? i + run.length : arabicNumberEnd(simp, i);
        add(out, simp, i, end, 'number');
        i = end;
      }
    } else if (k === PUNCTUATION || k === MINUS_SIGN) {
      const ch = simp[i];
      let end = i + 1;
      while (simp[end] === ch) end++;
      add(out, simp, i, end, 'punct');
      i = end;
    } else {
      EMOJI.lastIndex = i;
      const emoji = EMOJI.exec(simp);
      let end = emoji ? i + emoji[0].length : i + charLength(simp, i);
      MARKS.lastIndex = end;
      end += MARKS.exec(simp)![0].length;
      add(out, simp, i, end, 'other');
      i = end;
    }
  }
  return out;
}
