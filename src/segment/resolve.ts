/**
 * The kind of a piece of Chinese text that is not a person's name found in context: a number,
 * a proper noun that is a name (无锡, 华中科技大学), a dictionary word, or a compound that is
 * split into dictionary words. Results depend on the text alone, so they are cached.
 */
import type { TokenKind } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';
import { freeWord } from './leftovers.js';
import { LEARNABLE_PROPER_SENSE } from './lists.js';
import { isChineseNumber } from './numbers.js';
import { splitLengths } from './split.js';

/** Consecutive parts of the piece: [length in UTF-16 units, kind]. */
export type Parts = [number, TokenKind][];

const caches = new WeakMap<Lexicon, Map<string, Parts>>();

/** jieba's tags for person and place names, organisations and abbreviations (nz is too loose: 米醋/nz). */
const OPAQUE_TAGS = new Set(['nr', 'nrt', 'ns', 'nt', 'j']);

/**
 * Place names common enough that learners meet them as words (美国, 日本, 上海, 香港); rarer ones
 * (无锡, 太湖, 长三角) are names. Ranks are the better of the book and subtitle corpora.
 */
const COMMON_PLACE_RANK = 1500;

function properName(text: string, simp: string, lx: Lexicon): boolean {
  if (!(lx.isProperNoun(text) || lx.isProperNoun(simp))) return false;
  if (lx.hskLevel(simp) !== null) return false;
  // A lone surname or abbreviation (吴 in 吴表示, 沪) is part of a name, never a word to learn.
  if ([...simp].length < 2) return true;
  const tag = jiebaTag(simp);
  if (tag.startsWith('nr') || tag === 'nt' || tag === 'x' || tag === 'j') return true;
  // Languages, religions, dynasties, planets, peoples (法语, 佛教, 清朝, 木星): words to learn.
  if (lx.lookup(text).some((e) => LEARNABLE_PROPER_SENSE.test(e.senses[0] ?? ''))) return false;
  // Places, firms, papers and events (无锡, 腾讯, 路透社): names unless learners meet them often.
  const ranks = [lx.bookRank(simp), lx.movieRank(simp)].filter((r): r is number => r !== null);
  return !ranks.length || Math.min(...ranks) > COMMON_PLACE_RANK;
}

/**
 * 瑞银, 国投, 安以轩, 台维斯: a name or abbreviation jieba knows, cut into nothing but single
 * characters, is one unit; none of its characters is used as a word of its own. Unless every
 * character is an HSK word: jieba's tag is then often a stray place name (太多/ns, 塔顶/ns).
 */
function opaqueUnit(simp: string, tag: string, pieces: number, lx: Lexicon): boolean {
  const chars = [...simp];
  return OPAQUE_TAGS.has(tag) && chars.length === pieces && !chars.every((c) => lx.hskLevel(c) !== null);
}

function kindOf(text: string, simp: string, lx: Lexicon): TokenKind {
  if (isChineseNumber(simp)) return 'number';
  if (properName(text, simp, lx)) return 'name';
  return lx.has(text) || (text !== simp && lx.has(simp)) ? 'word' : 'other';
}

function resolve(text: string, simp: string, lx: Lexicon): Parts {
  const whole = kindOf(text, simp, lx);
  if (whole !== 'other') return [[text.length, whole]];
  const lengths = splitLengths(text, simp, lx);
  if (lengths.length === 1) return [[text.length, 'other']];
  // 华中科技大学: an organisation jieba knows, led by a proper noun, is one name.
  const tag = jiebaTag(simp);
  const head = simp.slice(0, lengths[0]);
  if ((tag === 'nt' || tag === 'ns') && lengths[0]! >= 2 && lx.isProperNoun(head) && lx.hskLevel(head) === null) {
    return [[text.length, 'name']];
  }
  if (opaqueUnit(simp, tag, lengths.length, lx)) return lengths.map((len) => [len, 'fragment']);
  // 膝伤 → 膝 + 伤: a character that is no free word is a fragment of the unknown word.
  const parts: Parts = [];
  let at = 0;
  for (const len of lengths) {
    const t = text.slice(at, at + len);
    const s = simp.slice(at, at + len);
    const kind = kindOf(t, s, lx);
    parts.push([len, kind === 'word' && !freeWord(t, s, lx) ? 'fragment' : kind]);
    at += len;
  }
  return parts;
}


/** Parts of the Chinese text `text` (original script) whose simplified copy is `simp`. */
export function resolveHan(text: string, simp: string, lx: Lexicon): Parts {
  let cache = caches.get(lx);
  if (!cache) caches.set(lx, (cache = new Map()));
  let parts = cache.get(text);
  if (!parts) cache.set(text, (parts = resolve(text, simp, lx)));
  return parts;
}
