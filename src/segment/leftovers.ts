/**
 * Single characters left over when a word nobody knows is cut up, by the dictionary (膝 of
 * 膝伤, 剪 of 电剪) or by jieba itself (后/沃/村, 萝/卜/丝/饼). They are fragments, never
 * vocabulary, unless the character is a free word (有 of 有直, 叠 in 人叠人 stay words).
 */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';
import { STOP_CHARS } from './lists.js';

/** jieba's tags for function words (将/d, 其/r, 于/p, 及/c): free words, though HSK lists few of them alone. */
const FUNCTION_TAG = /^(?:d|r|p|c|u\w*|m|q|y)$/;
/** Subtitle rank within which a character is a word people say alone. */
const SPOKEN_RANK = 2000;

/**
 * Whether a piece cut from an unknown word may stand as a word of its own: any longer word, a
 * character HSK lists alone, a function word, or a character common alone in speech. jieba's
 * tags for content characters are no guide (剪/v, 饺/n), so 膝 of 膝伤 and 鼎 of 扛鼎 are fragments.
 */
export function freeWord(text: string, simp: string, lx: Lexicon): boolean {
  if (free(simp, lx)) return true;
  // The character-by-character simplified copy misses a few forms (則): ask the dictionary.
  const simplified = lx.lookup(text).find((e) => e.traditional === text)?.simplified;
  return simplified !== undefined && simplified !== simp && free(simplified, lx);
}

function free(word: string, lx: Lexicon): boolean {
  if ([...word].length > 1 || lx.hskLevel(word) !== null || FUNCTION_TAG.test(jiebaTag(word))) return true;
  // 车 of 车内, 伤 of 膝伤: common enough alone in film subtitles to be a word in speech.
  return (lx.movieRank(word) ?? Infinity) <= SPOKEN_RANK;
}

const looseChar = (t: Segment | undefined, simp: string, lx: Lexicon): boolean =>
  !!t && t.kind === 'word' && t.end - t.start === 1 && !freeWord(t.text, simp.slice(t.start, t.end), lx);

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
    // 南|竿, 珠|粒, 收|掣: one bound character cut from a two-character word whose other half is a
    // free word. The free half stays a word; the bound one is a fragment.
    else if (hanChar(tokens[i - 1], i - 1 >= 0 && tokens[i - 1]!.end === tokens[i]!.start) || hanChar(tokens[i + 1], tokens[i + 1]?.start === tokens[i]!.end)) {
      tokens[i] = { ...tokens[i]!, kind: 'fragment' };
    }
    i = end - 1;
  }
  return tokens;
}

const HAN = /^\p{Script=Han}$/u;
/** A touching one-character content word (not 了, 着, 在, 个): the other half of a word jieba did not know. */
const hanChar = (t: Segment | undefined, touching: boolean): boolean =>
  !!t && touching && t.kind === 'word' && t.end - t.start === 1 && HAN.test(t.text) && !FUNCTION_TAG.test(jiebaTag(t.text)) && !STOP_CHARS.has(t.text);

/** Characters that end a place name: 北竿/乡, 白沙/港, 塘/岐/村, 罗源/湾. */
const PLACE_SUFFIX = new Set([...'村镇乡县岛港湾堡寨屯庄']);

/**
 * A place suffix right after a name or after fragments belongs to that name (北竿 + 乡 →
 * 北竿乡, 塘 岐 村 → 塘岐村): otherwise 村 and 乡 are left as words in a list of place names.
 */
export function joinPlaceNames(tokens: Segment[], text: string, simp: string): Segment[] {
  const out: Segment[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    const suffix = t.end - t.start === 1 && (t.kind === 'word' || t.kind === 'fragment') && PLACE_SUFFIX.has(simp[t.start]!);
    if (!suffix || !prev || prev.end !== t.start || (prev.kind !== 'name' && prev.kind !== 'fragment')) {
      out.push(t);
      continue;
    }
    let start = prev.start;
    out.pop();
    while (prev.kind === 'fragment' && out.at(-1)?.kind === 'fragment' && out.at(-1)!.end === start) start = out.pop()!.start;
    out.push({ text: text.slice(start, t.end), start, end: t.end, kind: 'name' });
  }
  return out;
}
