/** Articles → the flat, indexed list of sentences the rest of the pipeline works on. */
import type { ArticleText, ParagraphKind } from '../domain/types.js';
import { splitSentences } from '../ingest/index.js';

export interface RawSentence {
  index: number;
  text: string;
  article: number;
  paragraphKind: ParagraphKind;
}

/**
 * A run of text with no sentence punctuation (a 10 MB single line) is cut into pieces of at
 * most this many characters, so no stage ever holds one giant sentence.
 */
export const MAX_SENTENCE_CHARS = 600;

export function collectSentences(articles: readonly ArticleText[]): RawSentence[] {
  const out: RawSentence[] = [];
  articles.forEach((article, a) => {
    for (const p of article.paragraphs) {
      for (const chunk of paragraphChunks(p.text)) {
        for (const sentence of splitSentences(chunk)) {
          for (const text of cutLong(sentence)) out.push({ index: out.length, text, article: a, paragraphKind: p.kind });
        }
      }
    }
  });
  return out;
}

/** Paragraphs longer than this (a whole book on one line) are split before sentence splitting. */
export const MAX_PARAGRAPH_CHARS = 50_000;

/**
 * A huge paragraph in chunks of at most `max` characters, each cut just after a sentence end
 * (。！？ not followed by a closing mark) in its last fifth when there is one, so the sentence
 * splitter, which works on a whole paragraph at a time, never holds megabytes at once.
 */
export function paragraphChunks(text: string, max = MAX_PARAGRAPH_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let at = 0;
  while (text.length - at > max) {
    let end = at + max;
    for (let i = end - 1; i > at + (max * 4) / 5; i--) {
      if ('。！？'.includes(text[i]!) && !'。！？」』”’）)》"\''.includes(text[i + 1] ?? '')) {
        end = i + 1;
        break;
      }
    }
    if (end === at + max && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/** Pieces of at most MAX_SENTENCE_CHARS, cut after a comma or space when one is near, never inside a surrogate pair. */
export function cutLong(sentence: string, max = MAX_SENTENCE_CHARS): string[] {
  if (sentence.length <= max) return [sentence];
  const out: string[] = [];
  let at = 0;
  while (sentence.length - at > max) {
    let end = at + max;
    const soft = Math.max(sentence.lastIndexOf('，', end - 1), sentence.lastIndexOf(',', end - 1), sentence.lastIndexOf(' ', end - 1));
    if (soft > at + max / 2) end = soft + 1;
    else if (/[\uD800-\uDBFF]/.test(sentence[end - 1]!)) end--;
    const piece = sentence.slice(at, end).trim();
    if (piece) out.push(piece);
    at = end;
  }
  const rest = sentence.slice(at).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Articles over this many characters are read in parts of about this size (cut between
 * sentences): a part is what one worker reads, and what name finding looks across. Ordinary
 * articles are one part, so a name found anywhere in them is a name everywhere in them.
 */
export const PART_CHARS = 100_000;

/** Sentences grouped into reading parts, in order: whole articles, very long ones cut between sentences. */
export function readingParts(raw: readonly RawSentence[], partChars = PART_CHARS): RawSentence[][] {
  const parts: RawSentence[][] = [];
  let current: RawSentence[] = [];
  let chars = 0;
  for (const s of raw) {
    const newArticle = current.length > 0 && current[0]!.article !== s.article;
    if (newArticle || (current.length > 0 && chars + s.text.length > partChars)) {
      parts.push(current);
      current = [];
      chars = 0;
    }
    current.push(s);
    chars += s.text.length;
  }
  if (current.length) parts.push(current);
  return parts;
}

/** Headlines and body text teach vocabulary; bylines and mastheads never do. */
export function teachesVocabulary(kind: ParagraphKind): boolean {
  return kind === 'body' || kind === 'headline';
}
