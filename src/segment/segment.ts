/** One article's sentences → tokens: draft, find names across the article, resolve the rest. */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { draftSentence, jiebaBoundaries } from './draft.js';
import { jiebaCut } from './jieba.js';
import { findNames, type NameInput, type Span } from './names.js';
import { mergeNumbers } from './numbers.js';
import { resolveHan } from './resolve.js';
import { toSimplifiedChars } from './simplify.js';

const HAN = /\p{Script=Han}/u;

function draft(text: string, lx: Lexicon): NameInput {
  const simp = toSimplifiedChars(text, lx);
  // jieba sees the simplified copy; offsets are the same in both.
  const cuts = HAN.test(simp) ? jiebaBoundaries(simp, jiebaCut(simp)) : new Set<number>();
  return { text, simp, pieces: draftSentence(simp, cuts) };
}

function finish({ text, simp, pieces }: NameInput, names: Span[], lx: Lexicon): Segment[] {
  const out: Segment[] = [];
  const push = (start: number, end: number, kind: Segment['kind']) => out.push({ text: text.slice(start, end), start, end, kind });
  let n = 0;
  for (const piece of pieces) {
    if (piece.kind !== 'han') {
      push(piece.start, piece.end, piece.kind);
      continue;
    }
    let at = piece.start;
    while (at < piece.end) {
      while (names[n] && names[n]![1] <= at) n++;
      const name = names[n];
      if (name && name[0] <= at) {
        if (name[0] === at) push(name[0], name[1], 'name');
        at = Math.min(name[1], piece.end);
        continue;
      }
      const stop = name && name[0] < piece.end ? name[0] : piece.end;
      for (const [len, kind] of resolveHan(text.slice(at, stop), simp.slice(at, stop), lx)) {
        push(at, at + len, kind);
        at += len;
      }
    }
  }
  return mergeNumbers(out, (s) => simp.slice(s.start, s.end));
}

/**
 * Tokens for each sentence of one article. Call once per article: a name recognised in one
 * sentence (市长杜小刚) is then a name in all of them (杜小刚指出).
 */
export function segmentSentences(sentences: string[], lx: Lexicon): Segment[][] {
  const inputs = sentences.map((text) => draft(text, lx));
  const names = findNames(inputs, lx);
  return inputs.map((input, k) => finish(input, names[k]!, lx));
}
