/** Column layout of the Words screen at a terminal width: pure, so alignment is testable. */
import type { VocabItem } from '../domain/types.js';
import { padToWidth, truncateToWidth } from '../text/index.js';
import { levelLabel } from '../levels/index.js';

export interface WordColumns {
  word: number;
  pinyin: number;
  level: number;
  count: number;
  /** 0 when the terminal is too narrow for meanings. */
  meaning: number;
}

/** Two leading columns (cursor, selection mark) and single spaces between cells. */
export function wordColumns(width: number): WordColumns {
  const fixed = { word: 10, pinyin: 20, level: 3, count: 4 };
  const used = 2 + fixed.word + 1 + fixed.pinyin + 1 + fixed.level + 1 + fixed.count + 1;
  const meaning = width - used - 1;
  return { ...fixed, meaning: meaning >= 16 ? meaning : 0 };
}

export interface WordCells {
  word: string;
  pinyin: string;
  level: string;
  count: string;
  meaning: string;
}

/** Each cell padded or cut (with "…") to its column, counting CJK as two columns. */
export function wordCells(v: VocabItem, cols: WordColumns): WordCells {
  const fit = (s: string, w: number) => padToWidth(truncateToWidth(s, w), w);
  return {
    word: fit(v.form || v.word, cols.word),
    pinyin: fit(v.pinyin, cols.pinyin),
    level: levelLabel(v).padStart(cols.level),
    count: `×${v.count}`.padStart(cols.count),
    meaning: cols.meaning ? truncateToWidth(v.definitions.join('; '), cols.meaning) : '',
  };
}
