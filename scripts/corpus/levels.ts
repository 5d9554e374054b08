/**
 * Calibration check of estimated levels against HSK 3.0 (../shared/corpus/hsk/hsk30.csv), with the HSK 3.0 lookup off so the estimate is judged alone: words of
 * HSK 3.0 that HSK 2.0 lacks get an estimated level; how often does it agree with their
 * HSK 3.0 level (7-9 counts as 7, "beyond HSK 6")? Also the median subtitle rank of each
 * level. Run directly for a table: `npx tsx scripts/corpus/levels.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHsk30 } from '../../src/levels/index.js';
import { readHskLevels } from '../../src/lexicon/build.js';
import { LEVEL_MODEL, loadLexicon, wordLevel, type Lexicon } from '../../src/lexicon/index.js';
import { dictionaryParts } from '../../src/segment/index.js';

export interface LevelAgreement {
  words: number;
  exact: number;
  withinOne: number;
  /** Mean of estimated − HSK 3.0 level: positive means the estimate rates words as harder. */
  bias: number;
}

export interface LevelCheck {
  skipped?: boolean;
  model: string;
  boundaries: Lexicon['levelBoundaries'];
  /** HSK 3.0 words outside HSK 2.0 that the lexicon knows, all levels together. */
  overall: LevelAgreement;
  /** The same per HSK 3.0 level ('7' = 7-9). */
  byLevel: Record<string, LevelAgreement>;
  /** HSK 3.0 forms the lexicon does not know at all (no entry, no rank). */
  unknown: number;
  /** Median SUBTLEX-CH rank per level; words missing from the subtitle list are left out. */
  medianSubtitleRank: { hsk2: Record<string, number>; hsk3: Record<string, number> };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

function agreement(pairs: Array<[number, number]>): LevelAgreement {
  const n = pairs.length || 1;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    words: pairs.length,
    exact: round(pairs.filter(([e, g]) => e === g).length / n),
    withinOne: round(pairs.filter(([e, g]) => Math.abs(e - g) <= 1).length / n),
    bias: round(pairs.reduce((sum, [e, g]) => sum + e - g, 0) / n),
  };
}

function subtitleMedians(byLevel: Map<number, string[]>, lx: Lexicon): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [level, words] of [...byLevel].sort((a, b) => a[0] - b[0])) {
    out[String(level)] = median(words.map((w) => lx.movieRank(w)).filter((r): r is number => r !== null));
  }
  return out;
}

/** The corpus copy of the HSK 3.0 list (byte-identical to data/hsk30), or null without a corpus. */
export function corpusHsk30(corpusDir: string): Map<string, number> | null {
  const path = join(corpusDir, 'hsk', 'hsk30.csv');
  return existsSync(path) ? parseHsk30(readFileSync(path, 'utf8')) : null;
}

export async function checkLevels(corpusDir: string, lx: Lexicon = loadLexicon()): Promise<LevelCheck> {
  const base = { model: LEVEL_MODEL, boundaries: lx.levelBoundaries };
  const hsk3 = corpusHsk30(corpusDir);
  if (!hsk3) {
    const empty = { words: 0, exact: 0, withinOne: 0, bias: 0 };
    return { ...base, skipped: true, overall: empty, byLevel: {}, unknown: 0, medianSubtitleRank: { hsk2: {}, hsk3: {} } };
  }
  const held = { hsk3: false, parts: (w: string) => dictionaryParts(w, lx) };
  const pairs = new Map<number, Array<[number, number]>>();
  const hsk3Words = new Map<number, string[]>();
  let unknown = 0;
  for (const [word, gold] of hsk3) {
    hsk3Words.set(gold, [...(hsk3Words.get(gold) ?? []), word]);
    if (lx.hskLevel(word) !== null) continue;
    const { level } = wordLevel(word, lx, held);
    if (level === null) unknown++;
    else pairs.set(gold, [...(pairs.get(gold) ?? []), [level, gold]]);
  }
  const hsk2Words = new Map(readHskLevels().map((words, i) => [i + 1, words]));
  return {
    ...base,
    overall: agreement([...pairs.values()].flat()),
    byLevel: Object.fromEntries([...pairs].sort((a, b) => a[0] - b[0]).map(([level, p]) => [String(level), agreement(p)])),
    unknown,
    medianSubtitleRank: { hsk2: subtitleMedians(hsk2Words, lx), hsk3: subtitleMedians(hsk3Words, lx) },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? join(new URL('../..', import.meta.url).pathname, '..', 'shared', 'corpus');
  const r = await checkLevels(dir);
  if (r.skipped) console.log(`levels: skipped — no ${join(dir, 'hsk', 'hsk30.csv')}`);
  else {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`model: ${r.model}; boundaries: characters ${r.boundaries.chars.join(' / ')}; words ${r.boundaries.words.join(' / ')}`);
    console.log(`HSK 3.0 words outside HSK 2.0: ${r.overall.words} (+${r.unknown} unknown) · exact ${pct(r.overall.exact)} · ±1 ${pct(r.overall.withinOne)} · bias ${r.overall.bias}`);
    for (const [level, a] of Object.entries(r.byLevel)) {
      console.log(`  HSK3 ${level === '7' ? '7-9' : level}: ${String(a.words).padStart(5)} words  exact ${pct(a.exact).padStart(6)}  ±1 ${pct(a.withinOne).padStart(6)}  bias ${a.bias}`);
    }
    console.log('median subtitle rank by level:');
    console.log(`  HSK 2.0: ${Object.entries(r.medianSubtitleRank.hsk2).map(([l, m]) => `${l}: ${m}`).join('  ')}`);
    console.log(`  HSK 3.0: ${Object.entries(r.medianSubtitleRank.hsk3).map(([l, m]) => `${l === '7' ? '7-9' : l}: ${m}`).join('  ')}`);
  }
}
