/**
 * Reading with jieba on its own thread (CutterThread): every part's sentences are sent to be cut
 * at once, and this thread reads each part as its cuts come back, while the cutter works ahead on
 * the next. Gives exactly what readSentences gives.
 */
import type { ArticleText } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { simplifiedCopies } from '../segment/index.js';
import type { CutterThread } from './cutter-thread.js';
import { distinctTexts, partChars, placePart, readPart, type ReadSentences } from './read-sentences.js';
import { collectSentences, readingParts } from './sentences.js';

export async function readSentencesCutAhead(
  articles: readonly ArticleText[],
  lx: Lexicon,
  cutter: CutterThread,
  onProgress?: (done: number, total: number) => void,
  partSize?: number,
): Promise<ReadSentences> {
  const out: ReadSentences = { sentences: [], numbered: [] };
  const parts = readingParts(collectSentences(articles), partSize);
  const total = parts.reduce((n, p) => n + partChars(p), 0);
  const cuts = parts.map((part) => cutter.cut(simplifiedCopies(distinctTexts(part), lx)));
  // A part that fails is reported by its own await; the others' failures are the same failure.
  for (const c of cuts) c.catch(() => undefined);
  let done = 0;
  for (let i = 0; i < parts.length; i++) {
    const { cuts: given, contexts } = await cuts[i]!;
    placePart(out, readPart(parts[i]!, lx, given, contexts));
    done += partChars(parts[i]!);
    onProgress?.(done, total);
  }
  return out;
}
