/** Stage: sentences → tokens with kinds and pinyin in context (segment + pinyin), one reading part at a time. */
import type { ArticleText, Sentence, Token } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { sentencePinyin } from '../pinyin/index.js';
import { segmentSentences } from '../segment/index.js';
import { unpackContext, type PackedContexts } from './packed-contexts.js';
import { collectSentences, readingParts, type RawSentence } from './sentences.js';

export interface ReadSentences {
  sentences: Sentence[];
  /** Numbered readings in context, per sentence and token: they pick the dictionary entry. */
  numbered: string[][];
}

/** What reading one part gives: its sentences in order, each with tokens and numbered readings. */
export interface ReadPart {
  sentences: Sentence[];
  numbered: string[][];
}

/** onProgress: characters read so far and in all, after each part. */
export function readSentences(articles: readonly ArticleText[], lx: Lexicon, onProgress?: (done: number, total: number) => void): ReadSentences {
  const out: ReadSentences = { sentences: [], numbered: [] };
  const parts = readingParts(collectSentences(articles));
  const total = onProgress ? parts.reduce((n, p) => n + partChars(p), 0) : 0;
  let done = 0;
  for (const part of parts) {
    placePart(out, readPart(part, lx));
    done += onProgress ? partChars(part) : 0;
    onProgress?.(done, total);
  }
  return out;
}

export function partChars(part: readonly RawSentence[]): number {
  let n = 0;
  for (const s of part) n += s.text.length;
  return n;
}

export function placePart(out: ReadSentences, read: ReadPart): void {
  read.sentences.forEach((s, i) => {
    out.sentences[s.index] = s;
    out.numbered[s.index] = read.numbered[i]!;
  });
}

/**
 * One string per distinct token text: a long input keeps every token until its output is
 * written, and a few hundred thousand distinct words then stand for millions of tokens (≈ 24
 * bytes each, and less for the garbage collector to copy). Bounded by a reset.
 */
const texts = new Map<string, string>();
export function sharedText(text: string): string {
  let shared = texts.get(text);
  if (shared === undefined) {
    if (texts.size >= 500_000) texts.clear();
    texts.set(text, (shared = text));
  }
  return shared;
}

/**
 * A part's distinct sentence texts, in order. Repeated sentences (subtitle refrains,
 * boilerplate, repeated paragraphs) are segmented and read once; their Sentence objects share
 * one token array.
 */
export function distinctTexts(part: readonly RawSentence[]): string[] {
  return [...new Set(part.map((s) => s.text))];
}

/**
 * One part (a whole article, or a slice of a very long one): names are found across it.
 * `cuts`: jieba's cuts of distinctTexts(part), when another thread made them (see jiebaCuts);
 * `contexts`: pinyin-pro's readings of the same, likewise (see packContexts).
 */
export function readPart(part: readonly RawSentence[], lx: Lexicon, cuts?: readonly number[][], contexts?: PackedContexts): ReadPart {
  const unique = distinctTexts(part);
  const segmented = segmentSentences(unique, lx, cuts);
  const read = new Map<string, { tokens: Token[]; numbered: string[] }>();
  unique.forEach((text, i) => {
    const segs = segmented[i]!;
    const readings = sentencePinyin(text, segs, lx, contexts && unpackContext(contexts, i, text.length));
    read.set(text, {
      // A literal, not a spread: this runs once per token of the text.
      tokens: segs.map((seg, t) => ({ text: sharedText(seg.text), start: seg.start, end: seg.end, kind: seg.kind, pinyin: readings[t]?.marks ?? '' })),
      numbered: readings.map((r) => r.numbered),
    });
  });
  const sentences: Sentence[] = [];
  const numbered: string[][] = [];
  for (const s of part) {
    const { tokens, numbered: readings } = read.get(s.text)!;
    sentences.push({ index: s.index, text: s.text, article: s.article, paragraphKind: s.paragraphKind, tokens });
    numbered.push(readings);
  }
  return { sentences, numbered };
}
