/** pinyin-pro's contextual reading of a whole sentence, aligned to UTF-16 offsets. */
import { pinyin } from 'pinyin-pro';
import { marksToNumbered } from '../notation/index.js';

/** One piece of a reading: a numbered syllable for a Chinese character, raw text for anything else. */
export interface ReadingPiece {
  numbered: string;
  /** True when the piece is a pinyin syllable pinyin-pro produced (false for digits, Latin, 𨁂…). */
  zh: boolean;
}

/** Readings by UTF-16 start offset of the character they belong to. */
export type SentenceReadings = Map<number, ReadingPiece>;

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
  const chars = Array.from(text);
  if (items.length !== chars.length) return charByChar(text);
  const out: SentenceReadings = new Map();
  let offset = 0;
  chars.forEach((ch, i) => {
    const item = items[i]!;
    if (item !== ch && item) out.set(offset, syllablePiece(item));
    offset += ch.length;
  });
  return out;
}

/** Never seen: pinyin-pro's items do not line up with the code points. Read each on its own. */
function charByChar(text: string): SentenceReadings {
  const out: SentenceReadings = new Map();
  let offset = 0;
  for (const ch of text) {
    const [item] = pinyin(ch, OPTIONS);
    if (item && item !== ch) out.set(offset, syllablePiece(item));
    offset += ch.length;
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
  for (let i = start, stop = Math.min(end, text.length); i < stop; ) {
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
