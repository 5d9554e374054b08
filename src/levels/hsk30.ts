/**
 * The HSK 3.0 word list (data/hsk30/hsk30.csv, MIT, from ivankra/hsk30) and how its
 * levels sit on the HSK 2.0 scale the engine speaks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.js';
import { parseLevelCell, wordForms } from './level-list.js';

/**
 * HSK 3.0 level (index 1–7) → HSK 2.0 level; 7 = beyond HSK 6. Words in both lists put
 * HSK 3.0 levels 1/2/3/4/5/6 at HSK 2.0 medians 2/4/5/5/6/6; the words HSK 2.0 left out
 * are placed half a level gentler so that HSK 3.0 levels 1–3 stay within HSK 4 and 5–9
 * beyond it (README, "Levels"). The 7–9 band is beyond HSK 6.
 */
export const HSK3_ON_HSK2: readonly number[] = [0, 2, 3, 4, 5, 5, 6, 7];

/** Identifies the data and the mapping; stored in the lexicon artefact so a change rebuilds it. */
export const HSK30_SOURCE = `ivankra/hsk30@4ff9e39; map ${HSK3_ON_HSK2.slice(1).join('')}`;

/** A bound affix (们, 第, 子) is listed for its examples, not as a word of its own. */
const AFFIX = /^(Prefix|Suffix)$/;

interface Variant {
  Simplified: string;
  POS?: string;
}

/** Lowest HSK 3.0 level (1–7) per simplified form. */
export function parseHsk30(text: string): Map<string, number> {
  const [head, ...rows] = parseCsv(text);
  const col = (name: string) => head?.indexOf(name) ?? -1;
  const [simp, pos, lvl, variants] = [col('Simplified'), col('POS'), col('Level'), col('Variants')];
  if (simp < 0 || lvl < 0) throw new Error('HSK 3.0 list: no Simplified or Level column');
  const levels = new Map<string, number>();
  const add = (form: string, level: number) => {
    if (!(levels.get(form)! <= level)) levels.set(form, level);
  };
  for (const cells of rows) {
    const level = parseLevelCell(cells[lvl] ?? '');
    if (level === null) continue;
    const listed = cells[variants] ? (JSON.parse(cells[variants]!) as Variant[]) : [{ Simplified: cells[simp]!, POS: cells[pos] }];
    for (const v of listed) {
      if (AFFIX.test(v.POS ?? '')) continue;
      for (const form of wordForms(v.Simplified)) add(form, level);
    }
  }
  return levels;
}

/** The shipped list's folder, under the project root. */
export function hsk30Path(root: string): string {
  return join(root, 'data', 'hsk30', 'hsk30.csv');
}

export function readHsk30(root: string): Map<string, number> {
  const path = hsk30Path(root);
  if (!existsSync(path)) throw new Error(`HSK 3.0 list missing: ${path}`);
  return parseHsk30(readFileSync(path, 'utf8'));
}
