import { basename, extname } from 'node:path';
import type { Paragraph } from '../domain/types.js';
import { splitSentences } from './sentences.js';

const MAX_TITLE_SENTENCE = 30;

/** First headline, else a short first sentence, else the file's base name. */
export function titleOf(paragraphs: readonly Paragraph[], source: string): string {
  const headline = paragraphs.find((p) => p.kind === 'headline');
  if (headline) return headline.text;
  const body = paragraphs.find((p) => p.kind === 'body');
  const first = body ? splitSentences(body.text)[0] : undefined;
  if (first !== undefined && [...first].length <= MAX_TITLE_SENTENCE) return first;
  if (source === '-') return 'stdin';
  const base = basename(source);
  return basename(base, extname(base)) || base;
}
