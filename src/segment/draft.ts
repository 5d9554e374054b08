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
}

const HAN = /[\p{Script=Han}〇]/u;
/** ○ (a geometric shape) stands for zero in dates such as 二○○一年. */
const CIRCLE_ZERO = /[○◯]/;
const NUMERAL_NEIGHBOUR = /[〇○◯零一二三四五六七八九十]/;
const WHITESPACE = /\s/u;
const ALNUM_START = /[0-9０-９\p{Script=Latin}]/u;
const ALNUM_RUN = /(?:[0-9０-９]|\p{Script=Latin})+(?:[-.'’&_/·．+](?:[0-9０-９]|\p{Script=Latin})+)*/uy;
const LETTER = /\p{Script=Latin}/u;
/** Punctuation proper, plus the wave dash used as a range or trailing mark in Chinese text. */
const PUNCT = /[\p{P}～〜~]/u;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D(?:\p{Extended_Pictographic}|\p{Regional_Indicator})|\p{Regional_Indicator})*/uy;
const MARKS = /\p{M}*/uy;

function isHan(text: string, i: number): boolean {
  const ch = text[i]!;
  if (HAN.test(ch)) return true;
  // Surrogate pairs: CJK extension B and beyond.
  if (ch >= '\ud800' && ch <= '\udbff') return HAN.test(text.slice(i, i + 2));
  if (!CIRCLE_ZERO.test(ch)) return false;
  return NUMERAL_NEIGHBOUR.test(text[i - 1] ?? '') || NUMERAL_NEIGHBOUR.test(text[i + 1] ?? '');
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Offsets where jieba put a word boundary in `simp`. */
export function jiebaBoundaries(simp: string, words: string[]): Set<number> {
  const cuts = new Set<number>();
  let at = 0;
  for (const w of words) {
    // jieba round-trips through UTF-8; if a word does not line up, find it again.
    const found = simp.startsWith(w, at) ? at : simp.indexOf(w, at);
    if (found < 0) continue;
    cuts.add(found);
    at = found + w.length;
    cuts.add(at);
  }
  return cuts;
}

/** `simp` is the same-length simplified copy jieba saw; kinds are decided on `simp` too. */
export function draftSentence(simp: string, cuts: Set<number>): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < simp.length) {
    const ch = simp[i]!;
    if (WHITESPACE.test(ch)) {
      i++;
    } else if (isHan(simp, i)) {
      let end = i + charLength(simp, i);
      while (end < simp.length && isHan(simp, end)) end += charLength(simp, end);
      let from = i;
      for (let k = i + 1; k < end; k++) {
        if (cuts.has(k)) {
          out.push({ start: from, end: k, kind: 'han' });
          from = k;
        }
      }
      out.push({ start: from, end, kind: 'han' });
      i = end;
    } else if (ALNUM_START.test(ch)) {
      ALNUM_RUN.lastIndex = i;
      const run = ALNUM_RUN.exec(simp)![0];
      if (LETTER.test(run)) {
        out.push({ start: i, end: i + run.length, kind: 'latin' });
        i += run.length;
      } else {
        // 2009-10-01 and 2010/11 are one number; otherwise read units like 年, 月, %, 万.
        const end = /[-/]/.test(run) ? i + run.length : arabicNumberEnd(simp, i);
        out.push({ start: i, end, kind: 'number' });
        i = end;
      }
    } else if (PUNCT.test(ch)) {
      let end = i + 1;
      while (simp[end] === ch) end++;
      out.push({ start: i, end, kind: 'punct' });
      i = end;
    } else {
      EMOJI.lastIndex = i;
      const emoji = EMOJI.exec(simp);
      let end = emoji ? i + emoji[0].length : i + charLength(simp, i);
      MARKS.lastIndex = end;
      end += MARKS.exec(simp)![0].length;
      out.push({ start: i, end, kind: 'other' });
      i = end;
    }
  }
  return out;
}
