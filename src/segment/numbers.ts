/**
 * Numbers: Arabic numbers with their units (3月19日, 2025年, 17%, 3亿, 12,600多, 10:30),
 * Chinese numerals (三, 十二, 两, 第七〇二, 百分之五十, 十二月三十一日), and the rule that a
 * numeral never swallows its measure word: 12个 → 12 + 个, 两个 → 两 + 个.
 */
import type { Segment } from '../domain/types.js';

const DIGIT = /[0-9０-９]/;
const NUMBER = /(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?/y;
const MAGNITUDE = /[十百千万亿萬億]/;
const APPROX = /[多余餘]/;

function asciiValue(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/,/g, ''));
}

function readInt(text: string, at: number): { value: number; end: number } | undefined {
  let end = at;
  while (end < text.length && DIGIT.test(text[end]!)) end++;
  if (end === at || end - at > 4) return undefined;
  return { value: asciiValue(text.slice(at, end)), end };
}

/** Where the Arabic number starting at `at` ends, units included. */
export function arabicNumberEnd(text: string, at: number): number {
  NUMBER.lastIndex = at;
  const digits = NUMBER.exec(text)![0];
  const plain = /^[0-9０-９]+$/.test(digits);
  const value = asciiValue(digits);
  let end = at + digits.length;
  const next = text[end] ?? '';
  const day = (from: number): number => {
    const d = readInt(text, from);
    return d && d.value >= 1 && d.value <= 31 && /[日号]/.test(text[d.end] ?? '') ? d.end + 1 : from;
  };
  if (plain && digits.length === 4 && next === '年') {
    end++;
    const m = readInt(text, end);
    if (m && m.value >= 1 && m.value <= 12 && text[m.end] === '月') end = day(m.end + 1);
    return end;
  }
  if (plain && value >= 1 && value <= 12 && next === '月') return day(end + 1);
  if (plain && value >= 1 && value <= 31 && /[日号]/.test(next)) return end + 1;
  if (plain && value <= 24 && /[:：]/.test(next) && /^[0-9０-９]{2}/.test(text.slice(end + 1, end + 3))) {
    end += 3;
    if (/[:：]/.test(text[end] ?? '') && /^[0-9０-９]{2}/.test(text.slice(end + 1, end + 3))) end += 3;
    return end;
  }
  const clock = /^[时点]([0-9０-９]{1,2})分/.exec(text.slice(end, end + 4));
  if (plain && value <= 24 && clock) return end + clock[0].length;
  if (/[%％‰]/.test(next)) return end + 1;
  let round = /[0０]$/.test(digits);
  while (end < text.length && MAGNITUDE.test(text[end]!)) {
    end++;
    round = true;
  }
  if (round && APPROX.test(text[end] ?? '')) end++;
  return end;
}

const NUMERALS = '〇○◯零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩几';
/** A Chinese numeral, optionally ordinal (第), percentage (百分之) or approximate (三十多, 十几). */
export const NUMERAL_RUN = new RegExp(`^(?:第|百分之)?[${NUMERALS}]+(?:[多余])?$`);
const DIGIT_YEAR = /^[〇○◯零一二三四五六七八九]{2,4}年$/;
const MONTH = /^(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月$/;
const DAY = '(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const DAY_AFTER_MONTH = new RegExp(`^${DAY}[日号]$`);
const MONTH_THEN_DAY = new RegExp(`月${DAY}$`);
/** Numeral-only words whose everyday sense is not a number (十分 very, 千万 by all means). */
const NOT_A_NUMBER = new Set(['十分', '千万', '万一', '一一', '万千', '万万', '千千万万', '三三两两', '一二']);

/** Whether `simp` (one piece of Chinese text) is a number on its own. */
export function isChineseNumber(simp: string): boolean {
  if (NOT_A_NUMBER.has(simp) || /^[第几多余]*$/.test(simp.replace(/^百分之/, ''))) return false;
  return NUMERAL_RUN.test(simp) || DIGIT_YEAR.test(simp) || MONTH.test(simp);
}

/** Whether `simp` can be one piece when a compound is split: a numeral run of any length. */
export function isNumeralPiece(simp: string): boolean {
  return NUMERAL_RUN.test(simp) && !NOT_A_NUMBER.has(simp) && !/^[第几]+$/.test(simp);
}

/**
 * Joins what belongs to one number: 第七 〇 二, 二○○一 年, 十二月 三十一日, 百分之 五十, 第 21.
 * Runs after names and words are settled; `simp` is the simplified copy of the sentence.
 */
export function mergeNumbers(segments: Segment[], simp: string): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.end === seg.start && (prev.kind === 'number' || seg.kind === 'number') && joins(prev, seg, simp)) {
      out[out.length - 1] = { text: prev.text + seg.text, start: prev.start, end: seg.end, kind: 'number' };
    } else {
      out.push(seg);
    }
  }
  return out;
}

function joins(prev: Segment, next: Segment, simp: string): boolean {
  const p = simp.slice(prev.start, prev.end);
  const n = simp.slice(next.start, next.end);
  if (prev.kind === 'number' && next.kind === 'number') return !(DIGIT.test(p) && DIGIT.test(n));
  if (next.kind === 'number' && prev.kind === 'word') return p === '第' || p === '百分之';
  if (prev.kind !== 'number' || next.kind !== 'word') return false;
  if (n === '年') return /^[0-9０-９〇○◯零一二三四五六七八九]{4}$/.test(p);
  if (n === '月') return MONTH.test(p + n);
  if (n === '日' || n === '号') return MONTH_THEN_DAY.test(p);
  return /月$/.test(p) && DAY_AFTER_MONTH.test(n);
}
