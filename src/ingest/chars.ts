/** Character classes and display widths for Chinese text layout decisions. */

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols & punctuation
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compat, kanbun, CJK strokes, enclosed CJK
  [0x3400, 0x4dbf], // CJK ext A
  [0x4e00, 0x9fff], // CJK unified
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff01, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd], // CJK ext B and beyond
];

/**
 * Characters that Unicode calls "ambiguous" width but that Chinese typesetting
 * always sets full width: curly quotes, em dash, ellipsis, middle dot.
 */
const CJK_AMBIGUOUS = new Set(['“', '”', '‘', '’', '—', '―', '…', '·', '‧', '※', '○', '●', '■', '□', '△', '▲', '★', '☆']);

export function isWide(ch: string): boolean {
  if (CJK_AMBIGUOUS.has(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  for (const [lo, hi] of WIDE_RANGES) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** Display width in terminal/print columns: full-width characters take 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === '\t') w += 4 - (w % 4);
    else w += isWide(ch) ? 2 : 1;
  }
  return w;
}

const CJK_PUNCT = /[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—―…·‧]/u;

/**
 * Width of a printed line as a typesetter sees it. Newspapers compress
 * full-width punctuation to about half an em so justified lines with several
 * marks hold more characters; counting those marks as 1 keeps full lines
 * of a column at nearly the same width.
 */
export function layoutWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === '\t') w += 4 - (w % 4);
    else if (ch === '\u3000') w += 2;
    else if (CJK_PUNCT.test(ch)) w += 1;
    else w += isWide(ch) ? 2 : 1;
  }
  return w;
}

/** Sentence-final marks, full-width and ASCII. */
export const TERMINALS = new Set(['。', '！', '？', '…', '．', '｡', '!', '?', '.']);
/** Closing quotes and brackets that belong to the sentence before them. */
export const CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '〉', '】', '〕', '］', '｝', ')', ']', '"', "'"]);

/** Whether a line or paragraph ends a sentence, looking past closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  const chars = [...text.trimEnd()];
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  return i >= 0 && TERMINALS.has(chars[i]!);
}

/** Any punctuation that a running sentence would contain; headline decks have none. */
export const CLAUSE_PUNCT = /[，、。！？；：…,;:!?“”「」]/u;

/** Whitespace including the ideographic space and no-break space. */
export function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/**
 * Joins two pieces of one paragraph. Chinese does not put spaces between words,
 * so a space is only kept where both sides are narrow (Latin words, digits).
 */
export function joinPieces(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const a = [...left].at(-1)!;
  const b = [...right][0]!;
  if (isWide(a) || isWide(b)) return left + right;
  return `${left} ${right}`;
}
