/** Stage: sentences → tokens with kinds and pinyin in context (segment + pinyin). */
import type { ArticleText, Sentence, Token } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { sentencePinyin } from '../pinyin/index.js';
import { segmentSentences } from '../segment/index.js';
import { collectSentences } from './sentences.js';

export interface ReadSentences {
  sentences: Sentence[];
  /** Numbered readings in context, per sentence and token: they pick the dictionary entry. */
  numbered: string[][];
}

export function readSentences(articles: readonly ArticleText[], lx: Lexicon): ReadSentences {
  const raw = collectSentences(articles);
  const sentences: Sentence[] = [];
  const numbered: string[][] = [];
  articles.forEach((_, a) => {
    const mine = raw.filter((s) => s.article === a);
    // Repeated sentences (subtitle refrains, boilerplate, repeated paragraphs) are segmented
    // and read once; their Sentence objects share one token array.
    const unique = [...new Set(mine.map((s) => s.text))];
    const segmented = segmentSentences(unique, lx);
    const read = new Map<string, { tokens: Token[]; numbered: string[] }>();
    unique.forEach((text, i) => {
      const segs = segmented[i]!;
      const readings = sentencePinyin(text, segs, lx);
      read.set(text, {
        // A literal, not a spread: this runs once per token of the text.
        tokens: segs.map((seg, t) => ({ text: seg.text, start: seg.start, end: seg.end, kind: seg.kind, pinyin: readings[t]?.marks ?? '' })),
        numbered: readings.map((r) => r.numbered),
      });
    });
    for (const s of mine) {
      const { tokens, numbered: readings } = read.get(s.text)!;
      sentences[s.index] = { index: s.index, text: s.text, article: s.article, paragraphKind: s.paragraphKind, tokens };
      numbered[s.index] = readings;
    }
  });
  return { sentences, numbered };
}
