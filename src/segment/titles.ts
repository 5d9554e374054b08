/**
 * Titles in 《》: a short one (《赵氏孤儿》, 《剑蝶》, 《叶问》, 《局内人》) names a film, song,
 * book or paper, so a single character in it is a piece of that name, never a word the
 * learner meets used as one. Longer titles are descriptive phrases (《党委（党组）落实全面从严
 * 治党主体责任规定》) and keep their words.
 */
import type { Segment } from '../domain/types.js';

const OPEN = new Set(['《', '〈']);
const CLOSE = new Set(['》', '〉']);
/** Longest title, in characters, read as a name: four covers most film, song and book titles. */
const NAME_TITLE_CHARS = 4;

/** Marks the single-character words of short titles as fragments. */
export function markTitleFragments(tokens: Segment[]): Segment[] {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'punct' || !OPEN.has(tokens[i]!.text)) continue;
    let end = i + 1;
    while (end < tokens.length && !CLOSE.has(tokens[end]!.text) && !OPEN.has(tokens[end]!.text)) end++;
    if (end >= tokens.length || !CLOSE.has(tokens[end]!.text)) continue;
    const inner = tokens.slice(i + 1, end);
    const chars = inner.reduce((n, t) => n + [...t.text].length, 0);
    if (chars <= NAME_TITLE_CHARS) {
      for (let k = i + 1; k < end; k++) {
        const t = tokens[k]!;
        if (t.kind === 'word' && [...t.text].length === 1) tokens[k] = { ...t, kind: 'fragment' };
      }
    }
    i = end;
  }
  return tokens;
}
