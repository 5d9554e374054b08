/**
 * Level systems a learner can measure themselves by: HSK 2.0 (the engine's own scale),
 * HSK 3.0, corpus-frequency bands, or a list file. A system gives its own level where it
 * lists a word; for words it lacks it places the engine's HSK 2.0 estimate on its scale.
 */
import type { LevelScale } from './scale.js';
import { HSK2, beyondLevel, numberedScale } from './scale.js';

/** What the engine knows of a word's level on the HSK 2.0 scale (lexicon/wordLevel). */
export interface BaseLevel {
  level: number | null;
  estimated: boolean;
  /** Spoken-weighted corpus rank (lexicon/combinedRank), null when no corpus lists the word. */
  combinedRank: number | null;
}

export interface SystemLevel {
  level: number | null;
  estimated: boolean;
}

export interface LevelSystem {
  readonly scale: LevelScale;
  /** One line for `zhcards levels`. */
  readonly description: string;
  /** The word's level on this system's scale; `word` is the simplified form. */
  levelOf(word: string, base: BaseLevel): SystemLevel;
  /** Words listed at each level (index 0 = level 1), when the system is a list. */
  counts(): number[] | null;
}

/** The engine's own scale: levels pass through unchanged. */
export const HSK2_SYSTEM: LevelSystem = {
  scale: HSK2,
  description: 'official HSK 2.0 (2012) levels 1–6; unlisted words estimated',
  levelOf: (_w, base) => ({ level: base.level, estimated: base.estimated }),
  counts: () => null,
};

/** Upper corpus rank of each frequency band: top 1k, 2k, 3.5k, 5k, 8k, 12k. */
export const FREQ_BANDS: readonly number[] = [1000, 2000, 3500, 5000, 8000, 12000];

export const FREQ_SCALE: LevelScale = {
  id: 'freq',
  title: 'frequency bands',
  prefix: 'freq',
  tag: 'freq',
  names: FREQ_BANDS.map((b) => `F${b / 1000}k`),
};

/**
 * HSK 2.0 level → frequency band, for the few words no corpus ranks: by the size of the
 * vocabulary each HSK level completes (1,200 words by HSK 4 fit the top 1k band, 2,500 by
 * HSK 5 the 3.5k band, 5,000 by HSK 6 the 5k band).
 */
const FREQ_FROM_HSK2: readonly number[] = [0, 1, 1, 1, 1, 3, 4, 7];

export const FREQ_SYSTEM: LevelSystem = {
  scale: FREQ_SCALE,
  description: `corpus frequency bands (${FREQ_SCALE.names.join(' / ')} / beyond), spoken-weighted rank`,
  levelOf: (_w, base) => {
    if (base.combinedRank !== null) {
      const i = FREQ_BANDS.findIndex((b) => base.combinedRank! <= b);
      return { level: i === -1 ? beyondLevel(FREQ_SCALE) : i + 1, estimated: false };
    }
    return { level: base.level === null ? null : (FREQ_FROM_HSK2[base.level] ?? beyondLevel(FREQ_SCALE)), estimated: true };
  },
  counts: () => null,
};

/**
 * HSK 2.0 level (1–6, 7 beyond) → a list's level: the median list level of the words both
 * lists have at that HSK level, kept non-decreasing; beyond HSK 6 is beyond the list.
 */
export function calibrateFromHsk2(pairs: Iterable<readonly [hsk2: number, level: number]>, scale: LevelScale): number[] {
  const byHsk2: number[][] = Array.from({ length: 7 }, () => []);
  for (const [h, l] of pairs) if (h >= 1 && h <= 6) byHsk2[h]!.push(l);
  const map = [0];
  for (let h = 1; h <= 6; h++) {
    const s = byHsk2[h]!.sort((a, b) => a - b);
    const median = s.length ? s[Math.floor(s.length / 2)]! : (map[h - 1] ?? 1);
    map.push(Math.max(median, map[h - 1]!, 1));
  }
  map.push(beyondLevel(scale));
  return map;
}

/** A system from a word → level lookup (HSK 3.0, a learner's file) and its HSK 2.0 mapping. */
export function listSystem(scale: LevelScale, description: string, listed: (word: string) => number | null, fromHsk2: readonly number[], counts: () => number[]): LevelSystem {
  return {
    scale,
    description,
    levelOf: (word, base) => {
      const own = listed(word);
      if (own !== null) return { level: own, estimated: false };
      return { level: base.level === null ? null : (fromHsk2[base.level] ?? beyondLevel(scale)), estimated: true };
    },
    counts,
  };
}

/** Level counts of a word → level map, levels 1…top. */
export function countLevels(levels: Iterable<number>, top: number): number[] {
  const counts = new Array<number>(top).fill(0);
  for (const l of levels) if (l >= 1 && l <= top) counts[l - 1]!++;
  return counts;
}

/** A scale for a list file: `NAME 1` … with band cells kept (`NAME 7-9`). */
export function listScale(id: string, name: string, top: number, cells: ReadonlyMap<number, string>): LevelScale {
  // Anki tags cannot hold spaces, and `::` nests them.
  const scale = numberedScale(id, name, name, top, name.replace(/[\s:"]+/g, '-') || 'list');
  return { ...scale, names: scale.names.map((n, i) => (cells.get(i + 1) ? `${name} ${cells.get(i + 1)}` : n)) };
}
