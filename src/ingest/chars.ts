/** Character classes and display widths for Chinese text layout decisions. */
import { isWideCodePoint } from '../text/index.js';

/**
 * Characters that Unicode calls "ambiguous" width but that Chinese typesetting
 * always sets full width: curly quotes, em dash, ellipsis, middle dot.
 */
const CJK_AMBIGUOUS = new Set(['“', '”', '‘', '’', '—', '―', '…', '·', '‧', '※', '○', '●', '■', '□', '△', '▲', '★', '☆']);

export function isWide(ch: string): boolean {
  return CJK_AMBIGUOUS.has(ch) || isWideCodePoint(ch.codePointAt(0) ?? 0);
}

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
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
