/**
 * Names jieba's new-word finder cut in the wrong place: 董应/台, 沈有/容不费. A two-character
 * unknown piece that opens with a surname takes the first character of the next piece as the
 * rest of its given name, when that piece is a lone character or another unknown run, and the
 * three characters end at a function word or a clause edge (董应台为了, 沈有容不费).
 */
import { jiebaTag } from './jieba.js';
import { FUNCTION_TAGS, STOP_CHARS } from './lists.js';
import { clauseEdge, surnameLength, type Sentence } from './name-reading.js';
import { isChineseNumber } from './numbers.js';
import { splitLengths } from './split.js';

/** Characters that never occur in a given name (有 does: 沈有容, 郑有谅). */
export const NOT_IN_NAMES = new Set([...STOP_CHARS].filter((c) => c !== '有'));

const NOT_GIVEN_TAGS = new Set([...FUNCTION_TAGS].filter((t) => t !== 'q'));

/** jieba's tags for a character that ends no given name in running text: verbs, adjectives, adverbs, prepositions. */
const NOT_NAME_TAIL = /^(?:v|a|d|p|b|f)/;

const nameChar = (c: string): boolean => !NOT_IN_NAMES.has(c) && !isChineseNumber(c);

/** A function word (的, 为了, 在) or punctuation next to a name: the name's edge. */
function functionPiece(st: Sentence, i: number): boolean {
  if (clauseEdge(st, i)) return true;
  const s = st.simp(i);
  return st.isHan(i) && FUNCTION_TAGS.has(jiebaTag(s)) && (s.length > 1 || STOP_CHARS.has(s));
}

/** The end (a character offset) of a three-character name opening at piece `i` and running into piece `i + 1`, or -1. */
export function nameAcrossPieces(st: Sentence, i: number): number {
  const s = st.simp(i);
  if (!st.isHan(i) || s.length !== 2 || st.known(i) || jiebaTag(s) !== 'x' || surnameLength(s, st.lx) !== 1) return -1;
  // jieba tags the character itself a person's name (沈/nr, 董/nr), not a word (车/zg, 张/q).
  if (jiebaTag(s[0]!) !== 'nr' || !nameChar(s[1]!)) return -1;
  // 朱守/殷见/危: a piece right after another unknown piece opening with a surname is that name's tail.
  if (st.isHan(i - 1) && !st.known(i - 1) && surnameLength(st.simp(i - 1), st.lx) > 0) return -1;
  const next = st.simp(i + 1);
  if (!st.isHan(i + 1) || !nameChar(next[0]!)) return -1;
  const lone = next.length === 1;
  // Taking a character from a word jieba knew (台湾, 为了) would break that word.
  if (!lone && (st.known(i + 1) || jiebaTag(next) !== 'x')) return -1;
  // A lone particle, preposition or pronoun is no given name; a measure word may be (董应台, 台/q).
  if (lone && NOT_GIVEN_TAGS.has(jiebaTag(next))) return -1;
  const name = s + next[0];
  if (st.lx.has(name) || !splitLengths(name, name, st.lx).every((len) => len === 1)) return -1;
  // 徐晃/随, 蓝玉/擒, 隋军/大: the name was the two characters, and a verb or adjective follows.
  // Inside an unknown run an adjective's tag is no guide (容/a of 沈有/容不费); 李珏/必以 still stops.
  const tail = jiebaTag(next[0]!);
  if (NOT_NAME_TAIL.test(tail) && (lone || tail !== 'a')) return -1;
  // 萧铣命张绣, 王甫封冠军侯: a name that runs on into more text is too weak a guess.
  const after = lone ? functionPiece(st, i + 2) : STOP_CHARS.has(next[1]!);
  if (!after) return -1;
  return st.pieces[i + 1]!.start + 1;
}
