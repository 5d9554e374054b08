/**
 * Names with characters withheld, as news reports print them: 麦×文, 吴××, 叶Ｘ林, 李某, 王某某.
 * The surname, the marks and the given name are one name, so 麦 "wheat" never becomes a card.
 */
import type { Lexicon } from '../lexicon/index.js';
import { isSurname, type Span } from './name-reading.js';

const MASKED = /(\p{Script=Han})(?:[×Ｘ＊*X]{2}|[×Ｘ＊*X]\p{Script=Han}?|某某?)/gu;

/** Spans of masked names in the simplified copy of a sentence. */
export function maskedNames(simp: string, lx: Lexicon): Span[] {
  const spans: Span[] = [];
  for (const m of simp.matchAll(MASKED)) {
    if (!isSurname(m[1]!, lx)) continue;
    const end = m.index + m[0].length;
    // 某些, 某种, 某人: 某 before a word it makes is a determiner, not a withheld name.
    if (m[0].endsWith('某') && lx.has(simp.slice(end - 1, end + 1))) continue;
    spans.push([m.index, end]);
  }
  return spans;
}
