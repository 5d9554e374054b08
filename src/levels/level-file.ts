/**
 * A learner's own word list with levels (CSV or TSV, header or not): which column holds the
 * words and which the levels is read from the cells, so lists from any course load as is.
 */
import { parseCsv } from './csv.js';
import { parseLevelCell, wordForms } from './level-list.js';

export interface LevelList {
  /** Lowest level per word form, as written in the file (simplified or traditional). */
  levels: Map<string, number>;
  /** The level cell as first written for each level (`7-9`), for names. */
  cells: Map<number, string>;
  /** Rows with a word and a level cell neither of which could be read. */
  skipped: number;
}

/** Highest level a list may use; a larger number is an id or a rank, not a level. */
const MAX_LEVEL = 20;
const WORD_HEADER = /^(simplified|word|words|hanzi|chinese|vocab|vocabulary|词|词语|汉字|单词|traditional)$/i;
const LEVEL_HEADER = /^(level|hsk|grade|band|lesson|等级|级别|级)$/i;

const levelOf = (cell: string): number | null => {
  const l = parseLevelCell(cell);
  return l !== null && l >= 1 && l <= MAX_LEVEL ? l : null;
};

/** Tab-separated when the first line has a tab, else `;` when it has more of them than commas. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (first.includes('\t')) return '\t';
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** The column whose cells pass `test` most often in the sample; a matching header wins. */
function pickColumn(head: string[], sample: string[][], header: RegExp, test: (c: string) => boolean, not = -1): number {
  const named = head.findIndex((h, i) => i !== not && header.test(h.trim()));
  if (named >= 0) return named;
  const width = Math.max(0, ...sample.map((r) => r.length));
  let best = -1;
  let bestHits = 0;
  for (let c = 0; c < width; c++) {
    if (c === not) continue;
    const hits = sample.filter((r) => test(r[c] ?? '')).length;
    if (hits > bestHits) (best = c), (bestHits = hits);
  }
  return best;
}

export function parseLevelList(text: string): LevelList {
  const rows = parseCsv(text, separatorOf(text)).filter((r) => r.some((c) => c.trim() && !c.trim().startsWith('#')));
  const sample = rows.slice(0, 200);
  const first = rows[0] ?? [];
  const wordCol = pickColumn(first, sample, WORD_HEADER, (c) => wordForms(c).length > 0);
  const levelCol = pickColumn(first, sample, LEVEL_HEADER, (c) => levelOf(c) !== null, wordCol);
  if (wordCol < 0 || levelCol < 0) throw new Error('no column of Chinese words and no column of levels found');
  const levels = new Map<string, number>();
  const cells = new Map<number, string>();
  let skipped = 0;
  rows.forEach((r, i) => {
    const level = levelOf(r[levelCol] ?? '');
    const forms = wordForms(r[wordCol] ?? '');
    if (level === null || forms.length === 0) {
      // The header row is expected to fail; anything else is a row we could not read.
      if (i > 0) skipped++;
      return;
    }
    if (!cells.has(level)) cells.set(level, (r[levelCol] ?? '').trim().replace(/^(hsk|level|l)\s*/i, ''));
    for (const f of forms) if (!(levels.get(f)! <= level)) levels.set(f, level);
  });
  if (levels.size === 0) throw new Error('no word with a level found');
  return { levels, cells, skipped };
}
