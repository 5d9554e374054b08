/**
 * Single characters that are pieces of a place or person name the article names elsewhere:
 * 南北竿 is 南竿 and 北竿, 东西莒 is 东莒 and 西莒, 午沙坑道 is the tunnel at 午沙(村). jieba
 * cuts such coordinated or shortened names into a word and a loose character, which would
 * otherwise be vocabulary (竿 "pole", 莒, 午 "noon").
 */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';
import { STOP_CHARS } from './lists.js';

const HAN = /^\p{Script=Han}/u;
/** Function words by jieba's tag (于/p, 及/c, 其/r, 将/d): never a piece of a name. Time words may be (午/t of 午沙). */
const FUNCTION_TAG = /^(?:p|c|u\w*|y|e|o|r|d)$/;

/** Simplified texts of the name tokens of an article, by their first two characters. */
export function namePrefixes(sentences: Segment[][], simps: string[]): Set<string> {
  const out = new Set<string>();
  sentences.forEach((tokens, i) => {
    for (const t of tokens) if (t.kind === 'name' && t.end - t.start >= 2) out.add(simps[i]!.slice(t.start, t.start + 2));
  });
  return out;
}

/** A content character (not 的, 在, 有…) that may be a piece of a name. */
const contentChar = (t: Segment, simp: string): boolean => {
  const c = simp.slice(t.start, t.end);
  return t.kind === 'word' && [...c].length === 1 && HAN.test(c) && !STOP_CHARS.has(c) && !FUNCTION_TAG.test(jiebaTag(c));
};

/**
 * Marks as fragments the one-character words that, with the touching character before or
 * after them, open a name of the article (`prefixes`, see namePrefixes), unless those two
 * characters are a common dictionary word of their own (a proper noun such as 北竿 is no bar).
 */
export function markNamePieces(tokens: Segment[], simp: string, prefixes: Set<string>, lx: Lexicon): Segment[] {
  if (!prefixes.size) return tokens;
  return tokens.map((t, i) => {
    if (!contentChar(t, simp)) return t;
    const pairs: string[] = [];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // The touching character must be a content character too: 最美的 is no piece of 美的 (Midea).
    if (prev && prev.end === t.start && prev.kind !== 'punct') pairs.push(simp.slice(t.start - 1, t.end));
    if (next && next.start === t.end && next.kind !== 'punct') pairs.push(simp.slice(t.start, t.end + 1));
    const piece = (p: string) => [...p].every((c) => HAN.test(c) && !STOP_CHARS.has(c)) && prefixes.has(p) && !(lx.has(p) && !lx.isProperNoun(p));
    return pairs.some(piece) ? { ...t, kind: 'fragment' } : t;
  });
}
