/**
 * Person names, found from several weak signals combined, then recognised everywhere in the
 * article. jieba's tags alone mislead (it splits 陈德荣 into 陈/德/荣 and tags 雷达 `nr`), so a
 * name needs a surname plus context: a title before it (市长杜小刚, 市领导徐劼、陈德荣), a byline
 * （王怡荻）, a new word standing alone at a clause edge (杜小刚指出), or jieba's `nr` on a lone
 * surname followed by one or two loose characters.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Draft } from './draft.js';
import { jiebaTag } from './jieba.js';
import { COMPOUND_SURNAMES, FUNCTION_TAGS, HONORIFICS, SPEECH_VERBS, STOP_CHARS, TITLES } from './lists.js';
import { isChineseNumber } from './numbers.js';
import { splitLengths } from './split.js';

export interface NameInput {
  text: string;
  simp: string;
  pieces: Draft[];
}

/** A name as a character span of its sentence. */
export type Span = [start: number, end: number];

const LIST_WORDS = new Set(['和', '及', '与', '以及', '、']);
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
/** Tags that end a given name even after a title (adverbs like 刚 may be given names there). */
const STRONG_STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ud', 'ug', 'y', 'e', 'o', 'm', 'q', 'r', 'k']);

class Sentence {
  constructor(
    readonly input: NameInput,
    readonly lx: Lexicon,
  ) {}
  get pieces(): Draft[] {
    return this.input.pieces;
  }
  simp(i: number): string {
    const p = this.input.pieces[i];
    return p ? this.input.simp.slice(p.start, p.end) : '';
  }
  isHan(i: number): boolean {
    return this.input.pieces[i]?.kind === 'han';
  }
  known(i: number): boolean {
    const p = this.input.pieces[i]!;
    return this.lx.has(this.input.text.slice(p.start, p.end)) || this.lx.has(this.simp(i));
  }
  /** A piece that is not Chinese text (or the sentence edge). */
  edge(i: number): boolean {
    return !this.isHan(i);
  }
  /** A one-character piece that could be part of a given name. */
  looseChar(i: number, strong = false): boolean {
    const s = this.simp(i);
    if (!this.isHan(i) || s.length !== 1 || STOP_CHARS.has(s) || isChineseNumber(s)) return false;
    return !(strong ? STRONG_STOP_TAGS : FUNCTION_TAGS).has(jiebaTag(s));
  }
}

const surnameCache = new WeakMap<Lexicon, Map<string, boolean>>();

/** lx.isSurname, widened to senses like `surname Huang or Hwang` (黄), which it misses. */
function isSurname(ch: string, lx: Lexicon): boolean {
  let cache = surnameCache.get(lx);
  if (!cache) surnameCache.set(lx, (cache = new Map()));
  let yes = cache.get(ch);
  if (yes === undefined) {
    yes = lx.isSurname(ch) || lx.lookup(ch).some((e) => e.simplified === ch && e.senses.some((s) => /^surname [A-Z]/.test(s)));
    cache.set(ch, yes);
  }
  return yes;
}

function surnameLength(s: string, lx: Lexicon): number {
  if (!s) return 0;
  if (COMPOUND_SURNAMES.has(s.slice(0, 2))) return 2;
  return isSurname(s[0]!, lx) && !isChineseNumber(s[0]!) ? 1 : 0;
}

/** A dictionary word other than a person's name (中国 and 雷达 are not names of people). */
function commonWord(word: string, lx: Lexicon): boolean {
  return lx.has(word) && !(lx.isProperNoun(word) && jiebaTag(word).startsWith('nr'));
}

/** A person's name starting at piece `i`: the index after its last piece, or -1. */
function readName(st: Sentence, i: number, strong: boolean): number {
  if (!st.isHan(i)) return -1;
  const s = st.simp(i);
  const surname = surnameLength(s, st.lx);
  if (!surname) return -1;
  if (s.length > surname) {
    const given = s.slice(surname);
    if (given.length > 2 || commonWord(s, st.lx) || [...given].some((c) => STOP_CHARS.has(c) || isChineseNumber(c))) return -1;
    if (!strong && given.length === 2 && st.lx.has(given)) return -1;
    return i + 1;
  }
  let given = '';
  let j = i + 1;
  while (given.length < 2 && st.looseChar(j, strong)) given += st.simp(j++);
  if (!given) {
    // 张建国指出: after a title, a two-character word may be the given name, if a clause edge follows.
    const two = st.simp(j);
    const after = st.simp(j + 1);
    const fits = strong ? st.edge(j + 1) || SPEECH_VERBS.has(after) || LIST_WORDS.has(after) : !st.known(j);
    if (!st.isHan(j) || two.length !== 2 || SPEECH_VERBS.has(two) || !fits) return -1;
    if ([...two].some((c) => STOP_CHARS.has(c))) return -1;
    given = two;
    j++;
  }
  return commonWord(s + given, st.lx) ? -1 : j;
}

const REPEATED_START = /^(.)\1/u;

/** Punctuation or the sentence edge: a clause boundary. */
function clauseEdge(st: Sentence, i: number): boolean {
  const p = st.pieces[i];
  return !p || p.kind === 'punct';
}

/** A title, also at the end of a compound jieba made: 项目主任沈大伟. */
function isTitle(st: Sentence, i: number): boolean {
  const s = st.simp(i);
  return st.isHan(i) && (TITLES.has(s) || (!st.known(i) && (TITLES.has(s.slice(-2)) || TITLES.has(s.slice(-3)))));
}

function nameBefore(st: Sentence, i: number): boolean {
  return clauseEdge(st, i - 1) || isTitle(st, i - 1);
}

/** What may follow a name at the start of a clause: punctuation, 、/和, or a verb (指出, 纠正, 提醒). */
function nameAfter(st: Sentence, end: number): boolean {
  const s = st.simp(end);
  return clauseEdge(st, end) || SPEECH_VERBS.has(s) || LIST_WORDS.has(s) || (st.isHan(end) && jiebaTag(s).startsWith('v'));
}

/**
 * A word jieba's dictionary tags as a person (`nr`) that CC-CEDICT lacks: a transliteration
 * (德里克, 拜纳姆) or a given name (沈/大伟). Two-character ones are common jieba noise
 * (史载, 静静), so they need a clause edge or a verb of saying next to them.
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
  return s.length > 2 || nameBefore(st, i) || nameAfter(st, i + 1) || surnameLength(st.simp(i - 1), st.lx) === 1;
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
    if (tag === 'x' && s.length <= 4 && readName(st, i, false) === i + 1 && nameBefore(st, i) && nameAfter(st, i + 1)) {
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

function localNames(st: Sentence): Span[] {
  const spans: Span[] = [];
  let inList = false;
  for (let i = 0; i < st.pieces.length; i++) {
    const s = st.simp(i);
    if (inList && LIST_WORDS.has(s)) continue;
    const prev = st.simp(i - 1);
    const byline = OPEN.has(prev) && st.edge(i - 2);
    const strong: boolean = isTitle(st, i - 1) || (inList && LIST_WORDS.has(prev)) || byline;
    let found: [number, number] | undefined;
    if (strong) {
      const end = readName(st, i, true);
      if (end > 0 && (!byline || CLOSE.has(st.simp(end)))) found = [i, end];
    }
    if (!found && st.isHan(i)) found = nameWithoutTitle(st, i);
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
function occurrences(st: Sentence, byFirstChar: Map<string, string[]>): Span[] {
  const found: Span[] = [];
  const { simp, pieces } = st.input;
  let first = 0;
  for (let at = 0; at < simp.length; at++) {
    const names = byFirstChar.get(simp[at]!);
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

/** Name spans for every sentence of one article; a name found once is a name everywhere. */
export function findNames(article: NameInput[], lx: Lexicon): Span[][] {
  const sentences = article.map((input) => new Sentence(input, lx));
  const local = sentences.map(localNames);
  const byFirstChar = new Map<string, string[]>();
  local.forEach((spans, k) =>
    spans.forEach(([a, b]) => {
      const name = article[k]!.simp.slice(a, b);
      if (name.length < 2) return;
      const list = byFirstChar.get(name[0]!) ?? [];
      if (!list.includes(name)) byFirstChar.set(name[0]!, [...list, name]);
    }),
  );
  return sentences.map((st, k) => {
    const all = [...local[k]!];
    if (byFirstChar.size) all.push(...occurrences(st, byFirstChar));
    all.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const kept: Span[] = [];
    for (const span of all) if (!kept.length || span[0] >= kept[kept.length - 1]![1]) kept.push(span);
    return kept;
  });
}
