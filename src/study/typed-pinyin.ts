/**
 * Reads what a learner typed as a pinyin reading: tone numbers (`diao4yan2`), tone marks
 * (`diàoyán`), `v` or `u:` for ü, spaces optional; capitals, extra spaces and full-width input
 * from a Chinese input method are fine. Runs of letters without spaces are split into
 * syllables, preferring the syllables the card expects, so `xian` stays one syllable unless
 * the answer is `xi an`.
 */
import { isSyllable } from '../notation/syllables.js';
import type { Tone } from '../notation/convert.js';

export interface TypedSyllable {
  /** Lowercase, ü written `ü`, and `u` after j/q/x/y (`ju`, never `jü`). */
  body: string;
  /** 1–4, or 5 for a neutral tone (typed 5, 0, or nothing). */
  tone: Tone;
}

const MARK_TONE: Record<string, Tone> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0306': 3, '\u0300': 4 };

/** One spelling per syllable, so learner and dictionary spellings compare with `===`. */
export function normaliseBody(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/u:/g, 'ü')
    .replace(/v/g, 'ü')
    .replace(/([jqxy])ü/g, '$1u')
    .replace(/^([ln])ue$/, '$1üe');
}

export function isPinyinSyllable(body: string): boolean {
  return isSyllable(body.replace(/ü/g, 'u:'));
}

interface Chunk {
  letters: string;
  /** Tone from a tone mark, per letter index. */
  marks: Map<number, Tone>;
  digit: Tone | null;
}

/** Splits input at spaces, apostrophes and after each tone digit, keeping tone marks per letter. */
function chunksOf(input: string): Chunk[] {
  const text = input.normalize('NFKD').replace(/u\u0308/g, 'ü').replace(/U\u0308/g, 'Ü').toLowerCase().replace(/u:/g, 'ü');
  const chunks: Chunk[] = [];
  let cur: Chunk = { letters: '', marks: new Map(), digit: null };
  const flush = (digit: Tone | null) => {
    if (cur.letters) chunks.push({ ...cur, digit });
    cur = { letters: '', marks: new Map(), digit: null };
  };
  for (const ch of text) {
    if (/[a-zü]/.test(ch)) cur.letters += ch === 'v' ? 'ü' : ch;
    else if (MARK_TONE[ch] && cur.letters) cur.marks.set(cur.letters.length - 1, MARK_TONE[ch]!);
    else if (/[\u0300-\u036f]/.test(ch)) continue; // other accents (ê's circumflex) carry no tone
    else if (/[0-5]/.test(ch)) flush(ch === '0' ? 5 : (Number(ch) as Tone));
    else flush(null);
  }
  flush(null);
  return chunks;
}

/**
 * Splits a run of letters into syllables. At each point it takes the expected syllable when the
 * rest still splits, else the longest syllable that lets the rest split; a run that cannot split
 * at all stays one (wrong) piece so the checker can point at it.
 */
function split(letters: string, expected: readonly string[], from: number): string[] {
  const memo = new Map<number, boolean>();
  const splits = (i: number): boolean => {
    if (i === letters.length) return true;
    if (memo.has(i)) return memo.get(i)!;
    let ok = false;
    for (let n = Math.min(6, letters.length - i); n >= 1 && !ok; n--) {
      ok = isPinyinSyllable(normaliseBody(letters.slice(i, i + n))) && splits(i + n);
    }
    memo.set(i, ok);
    return ok;
  };
  const out: string[] = [];
  let i = 0;
  while (i < letters.length) {
    const want = expected[from + out.length];
    let take = 0;
    if (want && normaliseBody(letters.slice(i, i + want.length)) === want && splits(i + want.length)) take = want.length;
    for (let n = Math.min(6, letters.length - i); n >= 1 && !take; n--) {
      if (isPinyinSyllable(normaliseBody(letters.slice(i, i + n))) && splits(i + n)) take = n;
    }
    if (!take) take = letters.length - i;
    out.push(letters.slice(i, i + take));
    i += take;
  }
  return out;
}

/** The typed reading as syllables; `expected` (normalised bodies) only guides the splitting. */
export function readTyped(input: string, expected: readonly string[] = []): TypedSyllable[] {
  const out: TypedSyllable[] = [];
  for (const chunk of chunksOf(input)) {
    const pieces = split(chunk.letters, expected, out.length);
    let start = 0;
    const syllables = pieces.map((piece) => {
      let tone: Tone = 5;
      for (let k = start; k < start + piece.length; k++) tone = chunk.marks.get(k) ?? tone;
      start += piece.length;
      return { body: normaliseBody(piece), tone };
    });
    // the digit closes the chunk; in `zher4` it belongs to zhe, not to the erhua r
    const last = syllables.length >= 2 && syllables[syllables.length - 1]!.body === 'r' ? syllables.length - 2 : syllables.length - 1;
    if (chunk.digit !== null && syllables[last]) syllables[last] = { ...syllables[last]!, tone: chunk.digit };
    out.push(...syllables);
  }
  return out;
}
