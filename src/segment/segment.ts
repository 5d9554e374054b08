/** One article's sentences → tokens: draft, find names across the article, resolve the rest. */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { cutsOf, jiebaCutsOf } from './cuts.js';
import { draftSentence } from './draft.js';
import { useJiebaTagTable } from './jieba.js';
import { joinPlaceNames, markLeftovers } from './leftovers.js';
import { memoLexicon } from './memo.js';
import { markNamePieces, namePrefixes } from './name-pieces.js';
import { joinNameTails } from './name-tails.js';
import { NameFinder, type NameInput, type Span } from './names.js';
import { mergeNumbers } from './numbers.js';
import { resolveHan } from './resolve.js';
import { simplifiedCopy } from './simplify.js';
import { markTitleFragments } from './titles.js';

interface Prepared {
  text: string;
  simp: string;
  cuts: number[];
  names: Span[];
}

/** The simplified copy of each sentence: what jieba is given (same offsets as the text). */
export function simplifiedCopies(sentences: readonly string[], lexicon: Lexicon): string[] {
  const lx = memoLexicon(lexicon);
  return sentences.map((text) => simplifiedCopy(text, lx));
}

/**
 * jieba's cuts of each sentence, for segmentSentences to be given: the thread that holds the
 * segmenter cuts, and worker threads without one do the rest.
 */
export function jiebaCuts(sentences: readonly string[], lexicon: Lexicon): number[][] {
  return jiebaCutsOf(simplifiedCopies(sentences, lexicon));
}

function prepare(text: string, lx: Lexicon, finder: NameFinder, given?: number[]): Prepared {
  const simp = simplifiedCopy(text, lx);
  // jieba sees the simplified copy; offsets are the same in both.
  const cuts = given ?? cutsOf(simp);
  return { text, simp, cuts, names: finder.local({ text, simp, pieces: draftSentence(simp, cuts) }) };
}

function finish({ text, simp, pieces }: NameInput, names: Span[], lx: Lexicon): Segment[] {
  const out: Segment[] = [];
  const same = text === simp;
  let n = 0;
  for (const piece of pieces) {
    // A joined name (比利·雷斯) spans its joiner; the name token was already written.
    while (names[n] && names[n]![1] <= piece.start) n++;
    if (names[n] && names[n]![0] < piece.start && piece.end <= names[n]![1]) continue;
    if (piece.kind !== 'han') {
      out.push({ text: text.slice(piece.start, piece.end), start: piece.start, end: piece.end, kind: piece.kind });
      continue;
    }
    let at = piece.start;
    while (at < piece.end) {
      while (names[n] && names[n]![1] <= at) n++;
      const name = names[n];
      if (name && name[0] <= at) {
        if (name[0] === at) out.push({ text: text.slice(name[0], name[1]), start: name[0], end: name[1], kind: 'name' });
        at = Math.min(name[1], piece.end);
        continue;
      }
      const stop = name && name[0] < piece.end ? name[0] : piece.end;
      const whole = at === piece.start && stop === piece.end;
      const s = whole ? piece.simp : simp.slice(at, stop);
      const t = same ? s : text.slice(at, stop);
      const parts = resolveHan(t, s, lx);
      if (parts.length === 1) {
        out.push({ text: t, start: at, end: stop, kind: parts[0]![1] });
        at = stop;
        continue;
      }
      for (const [len, kind] of parts) {
        out.push({ text: text.slice(at, at + len), start: at, end: at + len, kind });
        at += len;
      }
    }
  }
  const marked = markLeftovers(mergeNumbers(out, simp), simp, lx);
  return markTitleFragments(joinPlaceNames(joinNameTails(marked, text, simp, lx), text, simp));
}

/**
 * Tokens for each sentence of one article. Call once per article: a name recognised in one
 * sentence (市长杜小刚) is then a name in all of them (杜小刚指出). `cuts` (from jiebaCuts), when
 * given, stand for jieba's own.
 */
export function segmentSentences(sentences: string[], lexicon: Lexicon, cuts?: readonly number[][]): Segment[][] {
  useJiebaTagTable(lexicon);
  const lx = memoLexicon(lexicon);
  const finder = new NameFinder(lx);
  // Pieces are drafted again in the second pass rather than kept: holding every piece of a long
  // article costs more in garbage collection than drafting twice.
  const prepared = sentences.map((text, i) => prepare(text, lx, finder, cuts?.[i]));
  const tokens = prepared.map(({ text, simp, cuts, names }) => {
    const input = { text, simp, pieces: draftSentence(simp, cuts) };
    return finish(input, finder.spans(input, names), lx);
  });
  const simps = prepared.map((p) => p.simp);
  const prefixes = namePrefixes(tokens, simps);
  return tokens.map((t, i) => markNamePieces(t, simps[i]!, prefixes, lx));
}
