/**
 * Person names, found from several weak signals combined, then recognised everywhere in the
 * article. jieba's tags alone mislead (it splits 陈德荣 into 陈/德/荣 and tags 雷达 `nr`), so a
 * name needs a surname plus context: a title before it (市长杜小刚, 市领导徐劼、陈德荣), a byline
 * （王怡荻）, a new word standing alone at a clause edge (杜小刚指出), or jieba's `nr` on a lone
 * surname followed by one or two loose characters.
 */
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';
import { HONORIFICS, STOP_CHARS } from './lists.js';
import {
  CLOSE,
  LIST_WORDS,
  OPEN,
  Sentence,
  clauseEdge,
  commonWord,
  isTitle,
  nameAfter,
  nameBefore,
  readName,
  surnameLength,
  type NameInput,
  type Span,
} from './name-reading.js';
import { isChineseNumber } from './numbers.js';
import { maskedNames } from './masked.js';
import { NOT_IN_NAMES, nameAcrossPieces } from './name-across.js';
import { splitLengths } from './split.js';
import { joinAcross, merge, splitJoined } from './name-spans.js';
import { transliteratedNames } from './transliteration.js';

export type { NameInput, Span } from './name-reading.js';


const REPEATED_START = /^(.)\1/u;

/**
 * A word jieba's dictionary tags as a person (`nr`) that CC-CEDICT lacks: a transliteration
 * (德里克, 拜纳姆) or a given name (沈/大伟). jieba's dictionary also tags plain phrases `nr`
 * (史载, 本硕连, 静静), so these need a clause edge, a title or a verb of saying next to them.
 */
function taggedPerson(st: Sentence, i: number): boolean {
  const s = st.simp(i);
  if ([...s].some((c) => STOP_CHARS.has(c) || isChineseNumber(c)) || REPEATED_START.test(s)) return false;
  const text = st.input.text.slice(st.pieces[i]!.start, st.pieces[i]!.end);
  let at = 0;
  for (const len of splitLengths(text, s, st.lx)) {
    const piece = s.slice(at, (at += len));
    if (len > 1 && !st.lx.isProperNoun(piece)) return false;
  }
  return nameBefore(st, i) || nameAfter(st, i + 1) || surnameLength(st.simp(i - 1), st.lx) === 1;
}

/** Names that need no title: new words at clause edges, `nr` words, `nr` runs, 王市长. Returns [first piece, end]. */
function nameWithoutTitle(st: Sentence, i: number): [number, number] | undefined {
  const s = st.simp(i);
  const tag = jiebaTag(s);
  if (s.length >= 2 && !st.known(i)) {
    if (tag.startsWith('nr') && taggedPerson(st, i)) {
      // 沈/大伟: a lone surname before a two-character given name belongs to it.
      const withSurname = s.length === 2 && surnameLength(st.simp(i - 1), st.lx) === 1 && jiebaTag(st.simp(i - 1)) === 'nr';
      return [withSurname ? i - 1 : i, i + 1];
    }
    // 杜小刚指出, 黄钦强调: a new word that reads as surname + given name, alone in its clause.
    // A two-character one needs a verb of saying or a list after it: 麦葱， is a plant.
    const after = s.length > 2 ? nameAfter(st, i + 1, true) : !clauseEdge(st, i + 1) && nameAfter(st, i + 1);
    if (tag === 'x' && s.length <= 4 && readName(st, i, false) === i + 1 && nameBefore(st, i) && after) {
      return [i, i + 1];
    }
    return undefined;
  }
  if (s.length !== 1 || !surnameLength(s, st.lx)) return undefined;
  if (HONORIFICS.has(st.simp(i + 1)) && (tag === 'nr' || clauseEdge(st, i - 1) || st.simp(i - 1) === '的')) return [i, i + 1];
  // 陈/德/荣 with jieba's nr on the surname: at most three loose characters, alone in the clause.
  if (tag !== 'nr' || st.looseChar(i - 1) || !nameBefore(st, i)) return undefined;
  const end = readName(st, i, false);
  if (end < 0 || st.looseChar(end) || !nameAfter(st, end)) return undefined;
  for (let k = i + 1; k < end; k++) if (st.simp(k).length !== 1) return undefined;
  return [i, end];
}

/**
 * 沈有容 with no title or verb next to it: a three-character word jieba found by itself (tag x),
 * opening with a surname jieba tags as a name, with no dictionary word of two or more characters inside it (phrases
 * jieba glues together usually hold one) and no proper noun at its start (南竿福 is a place).
 */
function bareThreeCharName(st: Sentence, i: number): boolean {
  const s = st.simp(i);
  if ([...s].length !== 3 || st.known(i) || jiebaTag(s) !== 'x' || surnameLength(s, st.lx) !== 1) return false;
  // jieba tags the character itself a person's name (沈/nr, 吕/nr), not a word (车/zg, 张/q, 石/n).
  if (jiebaTag(s[0]!) !== 'nr') return false;
  if ([...s].some((c) => NOT_IN_NAMES.has(c) || isChineseNumber(c))) return false;
  return splitLengths(s, s, st.lx).every((len) => len === 1) && !st.lx.isProperNoun(s.slice(0, 2));
}

/** Cheap test that rules out most pieces: every rule below needs a surname or an unknown `nr` word. */
function mayStartName(st: Sentence, i: number): boolean {
  if (!st.isHan(i)) return false;
  const s = st.simp(i);
  if (s.length === 1) return surnameLength(s, st.lx) > 0;
  return !st.known(i) && (surnameLength(s, st.lx) > 0 || jiebaTag(s).startsWith('nr'));
}

function localNames(st: Sentence): Span[] {
  const spans: Span[] = [];
  let inList = false;
  for (let i = 0; i < st.pieces.length; i++) {
    const s = st.simp(i);
    if (inList && LIST_WORDS.has(s)) continue;
    if (!mayStartName(st, i)) {
      inList = false;
      continue;
    }
    const prev = st.simp(i - 1);
    const byline = OPEN.has(prev) && st.edge(i - 2);
    const strong: boolean = isTitle(st, i - 1) || (inList && LIST_WORDS.has(prev)) || byline;
    let found: [number, number] | undefined;
    if (strong) {
      const end = readName(st, i, true);
      if (end > 0 && (!byline || CLOSE.has(st.simp(end)))) found = [i, end];
    }
    if (!found && st.isHan(i)) found = nameWithoutTitle(st, i);
    if (!found && bareThreeCharName(st, i)) found = [i, i + 1];
    if (!found) {
      // 董应/台, 沈有/容不费: the name ends inside the next piece, which no other name may then start.
      const end = nameAcrossPieces(st, i);
      if (end > 0) {
        spans.push([st.pieces[i]!.start, end]);
        inList = true;
        i++;
        continue;
      }
    }
    // 魔法师(凌枫): a new word alone in brackets that reads as a name.
    if (!found && OPEN.has(prev) && CLOSE.has(st.simp(i + 1)) && !st.known(i) && jiebaTag(s) === 'x' && readName(st, i, false) === i + 1) {
      found = [i, i + 1];
    }
    if (!found && st.isHan(i)) {
      // 李老师, 王市长 as one jieba word: the surname alone is the name.
      const surname = surnameLength(s, st.lx);
      if (surname && HONORIFICS.has(s.slice(surname)) && !st.known(i)) {
        spans.push([st.pieces[i]!.start, st.pieces[i]!.start + surname]);
      }
    }
    inList = found !== undefined;
    if (found) {
      spans.push([st.pieces[found[0]]!.start, st.pieces[found[1] - 1]!.end]);
      i = found[1] - 1;
    }
  }
  return spans;
}

/** Occurrences of known names that do not cut through a dictionary word. */
function occurrences(st: Sentence, byFirstChar: Map<number, string[]>): Span[] {
  const found: Span[] = [];
  const { simp, pieces } = st.input;
  let first = 0;
  for (let at = 0; at < simp.length; at++) {
    const names = byFirstChar.get(simp.charCodeAt(at));
    if (!names) continue;
    while (pieces[first] && pieces[first]!.end <= at) first++;
    for (const name of names) {
      if (!simp.startsWith(name, at)) continue;
      const end = at + name.length;
      let last = first;
      while (last + 1 < pieces.length && pieces[last + 1]!.start < end) last++;
      if (!pieces[first] || pieces.slice(first, last + 1).some((p) => p.kind !== 'han')) continue;
      if (pieces[first]!.start < at && st.known(first)) continue;
      if (pieces[last]!.end > end && st.known(last)) continue;
      // 高峰 the word stays a word even in an article about a Mr 高峰.
      if (first === last && pieces[first]!.start === at && pieces[first]!.end === end && commonWord(name, st.lx)) continue;
      found.push([at, end]);
    }
  }
  return found;
}

/**
 * Names for the sentences of one article, in two passes: `local` reads each sentence's own
 * evidence and remembers the names; `spans` then adds every other occurrence of a remembered
 * name, so that a name found once is a name everywhere.
 */
export class NameFinder {
  private readonly byFirstChar = new Map<number, string[]>();

  constructor(private readonly lx: Lexicon) {}

  local(input: NameInput): Span[] {
    const st = new Sentence(input, this.lx);
    const spans = joinAcross(merge([...localNames(st), ...transliteratedNames(st), ...maskedNames(input.simp, this.lx)]), input.simp);
    for (const [a, b] of spans) {
      // 安德鲁-拜纳姆 teaches both 安德鲁 and 拜纳姆 as names for the rest of the article.
      for (const name of splitJoined(input.simp.slice(a, b))) {
        if (name.length < 2) continue;
        const list = this.byFirstChar.get(name.charCodeAt(0));
        if (!list) this.byFirstChar.set(name.charCodeAt(0), [name]);
        else if (!list.includes(name)) list.push(name);
      }
    }
    return spans;
  }

  spans(input: NameInput, local: Span[]): Span[] {
    if (!this.byFirstChar.size) return local;
    return merge([...local, ...occurrences(new Sentence(input, this.lx), this.byFirstChar)]);
  }
}
