/**
 * The reading a polyphonic character has inside CC-CEDICT's words ("its family"): 量 ends
 * 流量, 销售量, 成交量 as liàng although alone it is read liáng. A character the segmenter split
 * off an unlisted compound keeps its family reading, not its standalone default.
 */
import { pinyin } from 'pinyin-pro';
import { marksToNumbered } from '../notation/index.js';
import { FAMILY_TABLE } from './family-table.js';

/** Where the character sits in the word it was split from. */
export type FamilyPosition = 'start' | 'end' | 'any';
const COLUMN: Record<FamilyPosition, number> = { start: 0, end: 1, any: 2 };

let table: Map<string, string[]> | undefined;

/** The table is parsed on first use: a text without a split polyphone never pays for it. */
function families(): Map<string, string[]> {
  if (!table) {
    table = new Map();
    for (const row of FAMILY_TABLE.split('\n')) {
      const [char, ...cols] = row.split(' ');
      if (char && cols.length === 3) table.set(char, cols);
    }
  }
  return table;
}

/** The family reading of `char` at `position` (numbered, lowercase), or undefined when unclear. */
export function familyReading(char: string, position: FamilyPosition): string | undefined {
  const cols = families().get(char);
  if (!cols) return undefined;
  const r = cols[COLUMN[position]];
  return r && r !== '-' ? r : undefined;
}

const defaults = new Map<string, string>();

/**
 * pinyin-pro's reading of `char` on its own. Where its contextual reading is just this default,
 * pinyin-pro found no word around the character, so its choice carries no information.
 */
export function standaloneReading(char: string): string {
  let r = defaults.get(char);
  if (r === undefined) {
    const [marks] = pinyin(char, { type: 'array', toneSandhi: false });
    defaults.set(char, (r = marks && marks !== char ? marksToNumbered(marks) : ''));
  }
  return r;
}
