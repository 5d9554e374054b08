/** pinyin-pro's contextual reading of a whole sentence, aligned to UTF-16 offsets. */
import { pinyin } from 'pinyin-pro';
import { marksToNumbered } from './convert.js';

/** One piece of a reading: a numbered syllable for a Chinese character, raw text for anything else. */
export interface ReadingPiece {
  numbered: string;
  /** True when the piece is a pinyin syllable pinyin-pro produced (false for digits, Latin, 𨁂…). */
  zh: boolean;
}

/** Readings by UTF-16 start offset of the character they belong to. */
export type SentenceReadings = Map<number, ReadingPiece>;

const OPTIONS = { type: 'all', toneSandhi: false } as const;

/**
 * Runs pinyin-pro once on `text` with sandhi off (word cards use citation tones) and keys each
 * item by the offset of its `origin`. pinyin-pro yields one item per code point, so characters
 * outside the BMP (𨁂) span two offsets; keying by offset keeps later characters aligned.
 */
export function contextReadings(text: string, surnameHead = false): SentenceReadings {
  const items = pinyin(text, surnameHead ? { ...OPTIONS, mode: 'surname', surname: 'head' } : OPTIONS);
  const out: SentenceReadings = new Map();
  let offset = 0;
  for (const item of items) {
    if (text.startsWith(item.origin, offset)) {
      if (item.isZh && item.pinyin) out.set(offset, { numbered: marksToNumbered(item.pinyin), zh: true });
      offset += item.origin.length;
    } else {
      // pinyin-pro changed the text under us (never seen); read the rest character by character
      return new Map([...out, ...charByChar(text, offset)]);
    }
  }
  return out;
}

function charByChar(text: string, from: number): SentenceReadings {
  const out: SentenceReadings = new Map();
  for (let i = from; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const [item] = pinyin(ch, OPTIONS);
    if (item?.isZh && item.pinyin) out.set(i, { numbered: marksToNumbered(item.pinyin), zh: true });
    i += ch.length;
  }
  return out;
}

/**
 * The pieces of `text.slice(start, end)`: the syllable of each Chinese character, and each run
 * of other non-space characters (`3.5%`, `A`, `𨁂`) kept as written.
 */
export function piecesIn(text: string, readings: SentenceReadings, start: number, end: number): ReadingPiece[] {
  const pieces: ReadingPiece[] = [];
  let raw = '';
  const flush = () => {
    if (raw) pieces.push({ numbered: raw, zh: false });
    raw = '';
  };
  for (let i = start; i < end; ) {
    const r = readings.get(i);
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (r) {
      flush();
      pieces.push(r);
    } else if (/\s/.test(ch)) flush();
    else raw += ch;
    i += ch.length;
  }
  flush();
  return pieces;
}

/** pinyin-pro's numbered syllables for a span, one per Chinese character. */
export function contextSyllables(text: string, ctx: SentenceReadings, start: number, end: number): string[] {
  return piecesIn(text, ctx, start, end).map((p) => p.numbered);
}

/** pinyin-pro's reading of a span as one numbered string; '' when it holds no Chinese. */
export function contextNumbered(text: string, ctx: SentenceReadings, start: number, end: number): string {
  const pieces = piecesIn(text, ctx, start, end);
  return pieces.some((p) => p.zh) ? pieces.map((p) => p.numbered).join(' ') : '';
}
