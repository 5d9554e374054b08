/** Articles → the flat, indexed list of sentences the rest of the pipeline works on. */
import type { ArticleText, ParagraphKind } from '../domain/types.js';
import { splitSentences } from '../ingest/index.js';

export interface RawSentence {
  index: number;
  text: string;
  article: number;
  paragraphKind: ParagraphKind;
}

export function collectSentences(articles: readonly ArticleText[]): RawSentence[] {
  const out: RawSentence[] = [];
  articles.forEach((article, a) => {
    for (const p of article.paragraphs) {
      for (const text of splitSentences(p.text)) {
        out.push({ index: out.length, text, article: a, paragraphKind: p.kind });
      }
    }
  });
  return out;
}

/** Headlines and body text teach vocabulary; bylines and mastheads never do. */
export function teachesVocabulary(kind: ParagraphKind): boolean {
  return kind === 'body' || kind === 'headline';
}
