/**
 * Reading a person's name at a given piece of a sentence: a surname (CC-CEDICT's, or a
 * two-character one) and a one- or two-character given name, with the context tests the
 * name rules share (clause edges, titles before, verbs of saying after).
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Draft } from './draft.js';
import { jiebaTag } from './jieba.js';
import { COMPOUND_SURNAMES, FUNCTION_TAGS, SPEECH_VERBS, STOP_CHARS, TITLES } from './lists.js';
import { isChineseNumber } from './numbers.js';

export interface NameInput {
  text: string;
  simp: string;
  pieces: Draft[];
}

/** A name as a character span of its sentence. */
export type Span = [start: number, end: number];

export const LIST_WORDS = new Set(['和', '及', '与', '以及', '、']);
export const OPEN = new Set(['（', '(']);
const PREPOSITIONS = new Set([...'从和与向把将对为于在被给跟同及让比']);
export const CLOSE = new Set(['）', ')']);
/** Tags that end a given name even after a title (adverbs like 刚 may be given names there). */
const STRONG_STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ud', 'ug', 'y', 'e', 'o', 'm', 'q', 'r', 'k']);

export class Sentence {
  readonly pieces: Draft[];
  private readonly knownCache: (boolean | undefined)[] = [];
  constructor(
    readonly input: NameInput,
    readonly lx: Lexicon,
  ) {
    this.pieces = input.pieces;
  }
  simp(i: number): string {
    return this.pieces[i]?.simp ?? '';
  }
  isHan(i: number): boolean {
    return this.pieces[i]?.kind === 'han';
  }
  known(i: number): boolean {
    let k = this.knownCache[i];
    if (k === undefined) {
      const p = this.pieces[i]!;
      k = this.lx.has(p.simp) || (this.input.text !== this.input.simp && this.lx.has(this.input.text.slice(p.start, p.end)));
      this.knownCache[i] = k;
    }
    return k;
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
export function isSurname(ch: string, lx: Lexicon): boolean {
  let cache = surnameCache.get(lx);
  if (!cache) surnameCache.set(lx, (cache = new Map()));
  let yes = cache.get(ch);
  if (yes === undefined) {
    yes = lx.isSurname(ch) || lx.lookup(ch).some((e) => e.simplified === ch && e.senses.some((s) => /^surname [A-Z]/.test(s)));
    cache.set(ch, yes);
  }
  return yes;
}

export function surnameLength(s: string, lx: Lexicon): number {
  if (!s) return 0;
  if (COMPOUND_SURNAMES.has(s.slice(0, 2))) return 2;
  return isSurname(s[0]!, lx) && !isChineseNumber(s[0]!) ? 1 : 0;
}

/** A dictionary word other than a person's name (中国 and 雷达 are not names of people). */
export function commonWord(word: string, lx: Lexicon): boolean {
  return lx.has(word) && !(lx.isProperNoun(word) && jiebaTag(word).startsWith('nr'));
}

/** A person's name starting at piece `i`: the index after its last piece, or -1. */
export function readName(st: Sentence, i: number, strong: boolean): number {
  if (!st.isHan(i)) return -1;
  const s = st.simp(i);
  const surname = surnameLength(s, st.lx);
  if (!surname) return -1;
  if (s.length > surname) {
    const given = s.slice(surname);
    // 从球, 和省: a preposition before a noun, though 从 and 和 are surnames too.
    if (surname === 1 && PREPOSITIONS.has(s[0]!) && st.lx.has(given)) return -1;
    if (given.length > 2 || commonWord(s, st.lx) || [...given].some((c) => STOP_CHARS.has(c) || isChineseNumber(c))) return -1;
    if (!strong && given.length === 2 && st.lx.has(given)) return -1;
    return i + 1;
  }
  let given = '';
  let j = i + 1;
  while (given.length < 2 && st.looseChar(j, strong)) given += st.simp(j++);
  // 苍/燕/鸥: the loose characters make a word (燕鸥 tern), so this is no name.
  if (!strong && given.length === 2 && st.lx.has(given)) return -1;
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

/** Punctuation or the sentence edge: a clause boundary. */
export function clauseEdge(st: Sentence, i: number): boolean {
  const p = st.pieces[i];
  return !p || p.kind === 'punct';
}

/** A title, also at the end of a compound jieba made: 项目主任沈大伟. */
export function isTitle(st: Sentence, i: number): boolean {
  const s = st.simp(i);
  return st.isHan(i) && (TITLES.has(s) || (!st.known(i) && (TITLES.has(s.slice(-2)) || TITLES.has(s.slice(-3)))));
}

export function nameBefore(st: Sentence, i: number): boolean {
  return clauseEdge(st, i - 1) || isTitle(st, i - 1);
}

/**
 * What may follow a name at the start of a clause: punctuation, 、/和, a verb of saying, and,
 * when `anyVerb`, any verb (陈璐怡纠正, 陈璐怡提醒). Two-character candidates get only the strict
 * test: 史载是, 还花5000 are not names.
 */
export function nameAfter(st: Sentence, end: number, anyVerb = false): boolean {
  const s = st.simp(end);
  if (clauseEdge(st, end) || SPEECH_VERBS.has(s) || LIST_WORDS.has(s)) return true;
  return anyVerb && st.isHan(end) && jiebaTag(s).startsWith('v');
}

