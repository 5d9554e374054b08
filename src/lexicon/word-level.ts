/**
 * A word's level on the HSK 2.0 scale, from the best evidence there is: the official HSK
 * 2.0 list; else the HSK 3.0 list mapped onto it; else corpus frequency, never below the
 * level of its least familiar character (and, for a character speech uses as a word, at
 * most a level above the first HSK 2.0 word that has it); else, for a short dictionary
 * word no corpus lists (公交车, 扫码), the level of its parts.
 */
import { HSK3_ON_HSK2, beyondLevel, topLevel } from '../levels/index.js';
import { sharesMeaning, usedAlone } from './compounds.js';
import { combinedRank, estimateLevel } from './levels.js';
import type { Lexicon } from './types.js';

/** Where a level came from; only `hsk2` is not an estimate. */
export type LevelSource = 'hsk2' | 'hsk3' | 'frequency' | 'parts' | 'none';

export interface WordLevel {
  /** 1…top of the scale, beyondLevel() past it; null when the word is in neither CC-CEDICT nor any list. */
  level: number | null;
  /** True unless the level comes from the official HSK 2.0 list. */
  estimated: boolean;
  source: LevelSource;
  /** SUBTLEX-CH subtitle rank when listed there, else BCC book rank, else null. */
  frequencyRank: number | null;
  /** The spoken-weighted blend of both ranks that the estimate uses, for ranking words. */
  combinedRank: number | null;
}

export interface LevelOptions {
  /** Use the HSK 3.0 list (default true); off to judge the frequency estimate alone. */
  hsk3?: boolean;
  /** Use the HSK 3.0 list for the levels of a word's parts (default: as `hsk3`), for a leave-one-out check. */
  hsk3Parts?: boolean;
  /** Splits a word into dictionary parts, for words no corpus lists. */
  parts?: (word: string) => string[] | null;
}

/** A word this common in either corpus is everyday vocabulary, never "beyond". */
const EVERYDAY_RANK = 2000;
/** Longer unlisted words are mostly idioms (画蛇添足): their parts say nothing of their level. */
const MAX_PARTS_CHARS = 3;

/** The word itself, then the simplified forms it is the traditional spelling of (機制 → 机制). */
function simplifiedForms(word: string, lx: Lexicon): string[] {
  const forms = [word];
  for (const e of lx.lookup(word)) if (e.traditional === word && !forms.includes(e.simplified)) forms.push(e.simplified);
  return forms;
}

/**
 * A learner meets characters in the words they learn, so a word is never easier than its
 * least familiar character: the lowest HSK 2.0 level of a word containing that character
 * (鲨 in 鲨鱼 is in no HSK 2.0 word: beyond; 膝 first appears in HSK 6 膝盖), beyond the
 * scale for a character no HSK 2.0 word has.
 */
export function characterFloor(word: string, lx: Lexicon): number {
  let floor = 1;
  for (const c of word) floor = Math.max(floor, lx.charLevel(c) ?? beyondLevel());
  return floor;
}

const lowest = (levels: Array<number | null>): number | null => {
  const found = levels.filter((l): l is number => l !== null);
  return found.length ? Math.min(...found) : null;
};

/**
 * An unlisted compound's level from its parts: the hardest part, when every part has a
 * level within the scale and the compound's meaning follows from one of them.
 */
function levelFromParts(word: string, lx: Lexicon, options: LevelOptions): number | null {
  const parts = [...word].length <= MAX_PARTS_CHARS ? options.parts?.(word) : null;
  if (!parts || parts.length < 2 || !parts.some((p) => sharesMeaning(word, p, lx))) return null;
  const levels = parts.map((p) => wordLevel(p, lx, { hsk3: options.hsk3Parts ?? options.hsk3 }).level);
  if (levels.some((l) => l === null || l > topLevel())) return null;
  return Math.max(...(levels as number[]));
}

/**
 * Another spelling of a listed word. The erhua form (玩儿, 一下儿, 面条儿) is the word
 * without 儿, which lists and corpora (mainland, mostly without 儿) rate; a character
 * whose doubled form is listed (星 ← 星星, 偷 ← 偷偷) is a word the learner has met.
 */
function plainForm(word: string): string | null {
  if (word.length > 1 && word.endsWith('儿')) return word.slice(0, -1);
  if ([...word].length === 1) return word + word;
  return null;
}

/** Never harder than the plain form of the word, which then also lends its source. */
export function wordLevel(word: string, lx: Lexicon, options: LevelOptions = {}): WordLevel {
  const own = levelOfForm(word, lx, options);
  const base = plainForm(word);
  if (!base || own.source === 'hsk2' || !lx.has(base)) return own;
  const plain = levelOfForm(base, lx, options);
  if (plain.level === null || (own.level !== null && own.level <= plain.level)) return own;
  if (base.length > word.length && plain.source !== 'hsk2' && plain.source !== 'hsk3') return own;
  return { ...plain, estimated: true, frequencyRank: own.frequencyRank ?? plain.frequencyRank, combinedRank: own.combinedRank ?? plain.combinedRank };
}

function levelOfForm(word: string, lx: Lexicon, options: LevelOptions): WordLevel {
  const forms = simplifiedForms(word, lx);
  let best: { rank: number; book: number | null; movie: number | null } | null = null;
  for (const form of forms) {
    const book = lx.bookRank(form);
    const movie = lx.movieRank(form);
    const rank = combinedRank(book, movie, lx.rankFloor);
    if (rank !== null && (!best || rank < best.rank)) best = { rank, book, movie };
  }
  const frequencyRank = best ? (best.movie ?? best.book) : null;
  const ranks = { frequencyRank, combinedRank: best?.rank ?? null };
  const official = lowest(forms.map((f) => lx.hskLevel(f)));
  if (official !== null) return { level: official, estimated: false, source: 'hsk2', ...ranks };
  const hsk3 = options.hsk3 === false ? null : lowest(forms.map((f) => lx.hsk3Level(f)));
  if (hsk3 !== null) return { level: HSK3_ON_HSK2[hsk3] ?? beyondLevel(), estimated: true, source: 'hsk3', ...ranks };
  if (best) {
    const everyday = Math.min(best.book ?? Infinity, best.movie ?? Infinity) <= EVERYDAY_RANK;
    const bounds = [...word].length === 1 ? lx.levelBoundaries.chars : lx.levelBoundaries.words;
    // Names (英国, 韩国, 纽约) are learned whole, with their characters.
    const floor = lx.isProperNoun(word) ? 1 : Math.min(...forms.map((f) => characterFloor(f, lx)));
    let level = Math.max(estimateLevel(best.rank, bounds), floor);
    // A character speech uses as a word, met inside an HSK 2.0 word, is read as a word a
    // level later (雨 ← 下雨, HSK 1: level 2), however rare it is alone in a corpus.
    const simplified = forms.at(-1)!;
    if (usedAlone(simplified, lx)) level = Math.min(level, (lx.charLevel(simplified) ?? beyondLevel()) + 1);
    return { level: everyday ? Math.min(level, topLevel()) : level, estimated: true, source: 'frequency', ...ranks };
  }
  if (!lx.has(word)) return { level: null, estimated: false, source: 'none', ...ranks };
  const fromParts = levelFromParts(forms.at(-1)!, lx, options);
  if (fromParts !== null) return { level: fromParts, estimated: true, source: 'parts', ...ranks };
  return { level: beyondLevel(), estimated: true, source: 'none', ...ranks };
}
