/** Lays out tokens with their pinyin above, wrapped to a width: pure, for the sentence views. */
import type { Token } from '../domain/types.js';
import { displayWidth } from '../text/index.js';

export interface RubyCell {
  text: string;
  pinyin: string;
  width: number;
  target: boolean;
}

/** Cells grouped into rows that fit `width` columns (one space between cells). */
export function rubyRows(tokens: readonly Token[], isTarget: (t: Token) => boolean, width: number): RubyCell[][] {
  const rows: RubyCell[][] = [[]];
  let used = 0;
  for (const t of tokens) {
    const cell = { text: t.text, pinyin: t.pinyin, width: Math.max(displayWidth(t.text), displayWidth(t.pinyin)), target: isTarget(t) };
    const need = cell.width + (used ? 1 : 0);
    if (used && used + need > width) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(cell);
    used += used ? cell.width + 1 : cell.width;
  }
  return rows;
}
