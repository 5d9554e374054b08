/**
 * Single characters left over when a word nobody knows is cut up, by the dictionary (膝 of
 * 膝伤, 剪 of 电剪) or by jieba itself (后/沃/村, 萝/卜/丝/饼). They are fragments, never
 * vocabulary, unless the character is a free word (有 of 有直, 叠 in 人叠人 stay words).
 */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';

/** jieba's tags for function words (将/d, 其/r, 于/p, 及/c): free words, though HSK lists few of them alone. */
const FUNCTION_TAG = /^(?:d|r|p|c|u\w*|m|q|y)$/;

/**
 * Whether a piece cut from an unknown word may stand as a word of its own: any longer word, a
 * character HSK lists alone, or a function word. jieba's tags for content characters are no
 * guide (剪/v, 饺/n, 伤/v), so 膝 of 膝伤 and 鼎 of 扛鼎 are fragments.
 */
export function freeWord(simp: string, lx: Lexicon): boolean {
  return [...simp].length > 1 || lx.hskLevel(simp) !== null || FUNCTION_TAG.test(jiebaTag(simp));
}

const looseChar = (t: Segment | undefined, simp: string, lx: Lexicon): boolean =>
  !!t && t.kind === 'word' && t.end - t.start === 1 && !freeWord(simp.slice(t.start, t.end), lx);

/**
 * Marks runs of two or more touching one-character words that are not free words as fragments:
 * jieba cut them apart because it did not know the word they make. `simp` is the simplified
 * copy of the sentence, with the same offsets.
 */
export function markLeftovers(tokens: Segment[], simp: string, lx: Lexicon): Segment[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!looseChar(tokens[i], simp, lx)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.start === tokens[end - 1]!.end && looseChar(tokens[end], simp, lx)) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) tokens[k] = { ...tokens[k]!, kind: 'fragment' };
    i = end - 1;
  }
  return tokens;
}
