/** pinyin-pro's contextual reading of a whole sentence, aligned to UTF-16 offsets. */
import { pinyin } from 'pinyin-pro';
import { marksToNumbered } from '../notation/index.js';

/** One piece of a reading: a numbered syllable for a Chinese character, raw text for anything else. */
export interface ReadingPiece {
  numbered: string;
  /** True when the piece is a pinyin syllable pinyin-pro produced (false for digits, Latin, 𨁂…). */
  zh: boolean;
}

/**
 * pinyin-pro's syllables (tone marks, as it wrote them) by the UTF-16 start offset of their
 * character; undefined where it read none. An array, not a Map: one is built per sentence, and
 * most tokens never look (their dictionary reading needs no context), so syllables are converted
 * to numbered pieces only when asked for.
 */
export type SentenceReadings = (string | undefined)[];

const OPTIONS = { type: 'array', toneSandhi: false } as const;

/**
 * pinyin-pro's syllables come from a small set; converting each once saves most of the work,
 * and every character with that syllable shares one (never modified) piece.
 */
const pieceCache = new Map<string, ReadingPiece>();
function syllablePiece(marks: string): ReadingPiece {
  let piece = pieceCache.get(marks);
  if (piece === undefined) pieceCache.set(marks, (piece = { numbered: marksToNumbered(marks), zh: true }));
  return piece;
}

/**
 * Runs pinyin-pro once on `text` with sandhi off (word cards use citation tones) and keys each
 * syllable by the UTF-16 offset of its character. pinyin-pro returns one array item per code
 * point (a character outside the BMP such as 𨁂 is one item but two offsets), and echoes any
 * character it cannot read; `all` mode would say so explicitly but is five times slower.
 */
export function contextReadings(text: string, surnameHead = false): SentenceReadings {
  const items = pinyin(text, surnameHead ? { ...OPTIONS, mode: 'surname', surname: 'head' } : OPTIONS);
  if (items.length !== codePoints(text)) return charByChar(text);
  const out: SentenceReadings = new Array(text.length);
  // offsets and echoes by char codes: no string per character (this runs over the whole text)
  for (let offset = 0, i = 0; offset < text.length; i++) {
    const width = pairAt(text, offset) ? 2 : 1;
    const item = items[i]!;
    if (item && !echoes(item, text, offset, width)) out[offset] = item;
    offset += width;
  }
  return out;
}

/** Never seen: pinyin-pro's items do not line up with the code points. Read each on its own. */
function charByChar(text: string): SentenceReadings {
  const out: SentenceReadings = new Array(text.length);
  let offset = 0;
  for (const ch of text) {
    const [item] = pinyin(ch, OPTIONS);
    if (item && item !== ch) out[offset] = item;
    offset += ch.length;
  }
  return out;
}

/** True when a surrogate pair starts at `i` (one code point, two offsets). */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Code points in `text`, as Array.from would count them (a lone surrogate is one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; n++) i += pairAt(text, i) ? 2 : 1;
  return n;
}

/** True when `item` is the character at `offset` itself: pinyin-pro echoes what it cannot read. */
function echoes(item: string, text: string, offset: number, width: number): boolean {
  return item.length === width && item.charCodeAt(0) === text.charCodeAt(offset) && (width === 1 || item.charCodeAt(1) === text.charCodeAt(offset + 1));
}

/** JavaScript's `\s` by char code (checked against the regex over every code point). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The pieces of `text.slice(start, end)`: the syllable of each Chinese character, and each run
 * of other non-space characters (`3.5%`, `A`, `𨁂`) kept as written.
 */
export function piecesIn(text: string, readings: SentenceReadings, start: number, end: number): ReadingPiece[] {
  const pieces: ReadingPiece[] = [];
  // a raw run is sliced out whole when it ends, not built up character by character
  let raw = -1;
  let i = start;
  for (const stop = Math.min(end, text.length); i < stop; ) {
    const r = readings[i];
    const width = pairAt(text, i) ? 2 : 1;
    if (r !== undefined || (width === 1 && isSpace(text.charCodeAt(i)))) {
      if (raw >= 0) pieces.push({ numbered: text.slice(raw, i), zh: false });
      raw = -1;
      if (r !== undefined) pieces.push(syllablePiece(r));
    } else if (raw < 0) raw = i;
    i += width;
  }
  if (raw >= 0) pieces.push({ numbered: text.slice(raw, i), zh: false });
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
