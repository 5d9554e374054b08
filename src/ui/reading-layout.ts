/**
 * The Reading screen's text: the analysed sentences flowed into lines of a width (CJK counts
 * double), each hard-word occurrence numbered so a cursor can step from one to the next.
 */
import type { Sentence } from '../domain/types.js';
import { displayWidth } from '../text/index.js';

export interface ReadingPiece {
  text: string;
  /** The hard word's simplified key, for hard-word occurrences. */
  word?: string;
  /** Position in the occurrence list, for hard-word occurrences. */
  occurrence?: number;
}

export interface ReadingLayout {
  lines: ReadingPiece[][];
  /** Line of each hard-word occurrence, in reading order. */
  occurrenceLine: number[];
  occurrenceWord: string[];
}

/** `hardKey` maps a token's text (either script) to its hard word's key, or undefined. */
export function layoutReading(sentences: readonly Sentence[], hardKey: (text: string) => string | undefined, width: number): ReadingLayout {
  const lines: ReadingPiece[][] = [[]];
  const occurrenceLine: number[] = [];
  const occurrenceWord: string[] = [];
  let used = 0;
  let article = sentences[0]?.article ?? 0;
  const newLine = () => {
    lines.push([]);
    used = 0;
  };
  for (const s of sentences) {
    // A new article, and a headline, start on their own line.
    if (used && (s.article !== article || s.paragraphKind !== 'body')) newLine();
    article = s.article;
    for (const t of s.tokens) {
      const w = displayWidth(t.text);
      if (used && used + w > width) newLine();
      const word = t.kind === 'word' ? hardKey(t.text) : undefined;
      const piece: ReadingPiece = { text: t.text };
      if (word) {
        piece.word = word;
        piece.occurrence = occurrenceLine.length;
        occurrenceLine.push(lines.length - 1);
        occurrenceWord.push(word);
      }
      lines.at(-1)!.push(piece);
      used += w;
    }
    if (s.paragraphKind !== 'body') newLine();
  }
  return { lines, occurrenceLine, occurrenceWord };
}
