/**
 * Foreign names spelled out in Chinese characters (拜纳姆, 布鲁金斯, 安德鲁-拜纳姆, 比利·雷斯).
 * jieba leaves them as unknown words or loose characters and the dictionary would cut them into
 * pieces (拜 "to bow", 纳, 姆), so a run of characters that CC-CEDICT's own transliterations
 * favour is read as one name; names joined with ·, •, - or － are one name with all their parts.
 */
import { jiebaTag } from './jieba.js';
import { FUNCTION_TAGS, STOP_CHARS } from './lists.js';
import type { Sentence, Span } from './name-reading.js';
import { TRANSLITERATION_LOG_ODDS } from './transliteration-data.js';

/** Characters between the parts of one foreign name. */
export const NAME_JOINERS = new Set(['·', '•', '‧', '・', '-', '－']);

/** Log-odds of a character absent from the table: it does not lean towards names. */
const FLOOR = -1;
/** Every character of a name run must reach this; the run's mean must reach RUN_MEAN. */
export const CHAR_MIN = 0.5;
export const RUN_MEAN = 2;
/** A two-character unknown word needs stronger evidence: 雷吉, 艾登 but not 两村. */
const PAIR_MEAN = 2.5;
/** Each side of a joined name (比利·雷斯) needs less: the joiner is evidence in itself. */
const JOINED_MEAN = 1.5;
/** A dictionary word that is not a proper noun joins a name only when spelled like one throughout. */
const WORD_MEAN = 3;

let table: Map<string, number> | undefined;
/** The same scores by UTF-16 unit, for characters of one unit: every piece of every sentence is scored. */
let byUnit: Float64Array | undefined;

/** How strongly `ch` (simplified) leans towards transliterated names: log-odds, about -1…5. */
export function transliterationScore(ch: string): number {
  if (!table) {
    table = new Map();
    byUnit = new Float64Array(0x10000).fill(FLOOR);
    for (const item of TRANSLITERATION_LOG_ODDS.split(' ')) {
      const c = [...item][0]!;
      const score = Number(item.slice(c.length)) / 10;
      table.set(c, score);
      if (c.length === 1) byUnit[c.charCodeAt(0)] = score;
    }
  }
  return ch.length === 1 ? byUnit![ch.charCodeAt(0)]! : (table.get(ch) ?? FLOOR);
}

interface Run {
  first: number;
  end: number;
  chars: number;
  score: number;
  /** Some piece is a loose character or a word the dictionary lacks: the dictionary did not join the run. */
  open: boolean;
  nrt: boolean;
  /** The run is one unknown two-character word jieba found by itself. */
  pair: boolean;
}

/** Subtitle or book rank within which a proper noun is an everyday word (美国, 英国), not part of a longer name. */
const EVERYDAY_RANK = 1500;

function everyday(s: string, st: Sentence): boolean {
  const { lx } = st;
  return lx.hskLevel(s) !== null || Math.min(lx.bookRank(s) ?? Infinity, lx.movieRank(s) ?? Infinity) <= EVERYDAY_RANK;
}

/**
 * A piece that may belong to a foreign name: a loose character, an unknown word, a proper noun
 * or a rare word spelled like a name (麦克 in 托马斯·麦克纳赫), every character name-like.
 */
function nameLike(st: Sentence, i: number): [number, number] | undefined {
  if (!st.isHan(i)) return undefined;
  const s = st.simp(i);
  // Characters first: most pieces fail on them, before any dictionary question is asked.
  let score = 0;
  let chars = 0;
  for (const c of s) {
    const v = transliterationScore(c);
    if (v < CHAR_MIN || STOP_CHARS.has(c)) return undefined;
    score += v;
    chars++;
  }
  const word = chars > 1 && st.known(i);
  // 美国布鲁金斯 is two names; 约翰·法雷尔 is one (jieba tags 约翰 a transliterated person).
  if (word && everyday(s, st) && !jiebaTag(s).startsWith('nr')) return undefined;
  if (word && !st.lx.isProperNoun(s) && score / chars < WORD_MEAN) return undefined;
  return [chars, score];
}

function runAt(st: Sentence, first: number): Run | undefined {
  // 比布什: a preposition or pronoun does not open a name.
  if (st.simp(first).length === 1 && FUNCTION_TAGS.has(jiebaTag(st.simp(first)))) return undefined;
  const run: Run = { first, end: first, chars: 0, score: 0, open: false, nrt: false, pair: false };
  for (let i = first; ; i++) {
    const like = nameLike(st, i);
    if (!like) break;
    run.end = i + 1;
    run.chars += like[0];
    run.score += like[1];
    run.open ||= like[0] === 1 || !st.known(i);
    const tag = st.known(i) ? '' : jiebaTag(st.simp(i));
    run.nrt ||= tag === 'nrt';
    // jieba's own new-word guess (雷吉, 艾登), not a word of its dictionary (塔座).
    run.pair = like[0] === 2 && tag === 'x';
  }
  return run.end > first ? run : undefined;
}

function standsAlone(run: Run): boolean {
  if (!run.open) return false;
  const mean = run.score / run.chars;
  if (run.nrt) return mean >= CHAR_MIN;
  if (run.chars >= 3) return mean >= RUN_MEAN;
  return run.pair && run.end - run.first === 1 && mean >= PAIR_MEAN;
}

const joinable = (run: Run | undefined): run is Run => !!run && run.chars >= 2 && run.score / run.chars >= JOINED_MEAN;

/** Spans of foreign names in one sentence; a joined name spans its joiners too. */
export function transliteratedNames(st: Sentence): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < st.pieces.length; i++) {
    let run = runAt(st, i);
    if (!run) continue;
    let end = run.end;
    let joined = false;
    // 安德鲁-拜纳姆, 海尔丁·巴巴罗萨·海雷丁: follow joiners while both sides read as names.
    while (joinable(run) && NAME_JOINERS.has(st.simp(end)) && st.pieces[end]!.end - st.pieces[end]!.start === 1) {
      const next = runAt(st, end + 1);
      if (!joinable(next)) break;
      joined = true;
      run = next;
      end = next.end;
    }
    if (joined || standsAlone(run)) spans.push(widenAcrossJoiners(st, i, end));
    i = end - 1;
  }
  return spans;
}

/** At most this many characters on a side of a joiner read only because the other side is a name. */
const LENIENT_CHARS = 4;

/** A piece that may be part of a name whose characters are rare in transliterations (屈 in 派屈克, 理 in 理察斯). */
function lenientPiece(st: Sentence, i: number): boolean {
  if (!st.isHan(i)) return false;
  const s = st.simp(i);
  if ([...s].some((c) => STOP_CHARS.has(c))) return false;
  // A single character next to a joiner is a syllable of the name (克 "gram", 凡 "ordinary").
  if (s.length === 1) return true;
  return !st.known(i) || (st.lx.isProperNoun(s) && !everyday(s, st));
}

/**
 * 派屈克·拉夫特, 溫尼·理察斯: a name found on one side of a joiner takes the other side too, when
 * that side is a short run of loose characters or unknown words ending at the sentence's punctuation
 * or a stop character — the joiner between Han characters is itself the mark of a foreign name.
 */
function widenAcrossJoiners(st: Sentence, first: number, end: number): Span {
  const joinerAt = (i: number) => st.pieces[i] !== undefined && NAME_JOINERS.has(st.simp(i)) && st.pieces[i]!.end - st.pieces[i]!.start === 1;
  const side = (from: number, step: 1 | -1): number => {
    let j = from;
    let chars = 0;
    while (lenientPiece(st, j) && chars + [...st.simp(j)].length <= LENIENT_CHARS) chars += [...st.simp(j)].length, (j += step);
    // The run must end where the name plausibly does: not in the middle of more Han text.
    return chars > 0 && !lenientPiece(st, j) ? j - step : -1;
  };
  // 山 in 皮特·山普拉斯: a loose character between a joiner and the name found is part of it.
  if (lenientPiece(st, first - 1) && st.simp(first - 1).length === 1 && joinerAt(first - 2)) first--;
  if (lenientPiece(st, end) && st.simp(end).length === 1 && joinerAt(end + 1)) end++;
  for (;;) {
    if (!joinerAt(end)) break;
    const last = side(end + 1, 1);
    if (last < 0) break;
    end = last + 1;
  }
  for (;;) {
    if (!joinerAt(first - 1)) break;
    const earliest = side(first - 2, -1);
    if (earliest < 0) break;
    first = earliest;
  }
  return [st.pieces[first]!.start, st.pieces[end - 1]!.end];
}
