/**
 * Is the hardness rule right? Two error rates against HSK 3.0, with the HSK 3.0 lookup
 * switched off so the estimate and the compound rule are judged alone (the product uses
 * the same list as a level source): of HSK 3.0 words at levels 5–9 that HSK 2.0 lacks,
 * the share not hard at HSK 4 (false easy), and of levels 1–3, the share hard at HSK 4
 * (false hard). Plus the top of real articles' hard lists at HSK 4 and 6, to read as a
 * teacher would. A second, leave-one-out pair keeps the HSK 3.0 list for a compound's
 * parts (off only for the word judged), as the product meets a word in neither list.
 * Run directly: `npx tsx scripts/corpus/hardness.ts [corpusDir]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInputs } from '../../src/ingest/index.js';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { createWordFacts } from '../../src/pipeline/word-facts.js';
import { isHard, NO_KNOWN_WORDS } from '../../src/select/index.js';
import { corpusHsk30 } from './levels.js';

export interface ErrorRate {
  wrong: number;
  total: number;
  rate: number;
  /** A few of the wrong words, most common first, for reading. */
  examples: string[];
}

export interface HardList {
  file: string;
  level: number;
  hard: number;
  top: string[];
}

export interface HardnessCheck {
  skipped?: boolean;
  learnerLevel: number;
  falseEasy: ErrorRate;
  falseHard: ErrorRate;
  /** The same with the HSK 3.0 list kept for the parts: informative, not the goal. */
  leaveOneOut: { falseEasy: ErrorRate; falseHard: ErrorRate };
  lists: HardList[];
}

const LEARNER = 4;
/** Articles whose lists are printed: news, a dense economic one, and traditional text. */
const READ = ['news-001.txt', 'news-010.txt', 'trad-002.txt'];

function rate(wrong: Array<[string, number]>, total: number): ErrorRate {
  const examples = [...wrong].sort((a, b) => a[1] - b[1]).slice(0, 30).map(([w]) => w);
  return { wrong: wrong.length, total, rate: total ? Math.round((wrong.length / total) * 1000) / 1000 : 0, examples };
}

export function errorRates(hsk3: Map<string, number>, lx: Lexicon, level = LEARNER, hsk3Parts = false): { falseEasy: ErrorRate; falseHard: ErrorRate } {
  const facts = createWordFacts(lx, { hsk3: false, hsk3Parts });
  const policy = { level, known: NO_KNOWN_WORDS };
  const easy: Array<[string, number]> = [];
  const hard: Array<[string, number]> = [];
  let advanced = 0;
  let basic = 0;
  for (const [word, gold] of hsk3) {
    if (lx.hskLevel(word) !== null || gold === 4) continue;
    const f = facts(word, null);
    if (!f) continue;
    const rank = lx.movieRank(word) ?? lx.bookRank(word) ?? Infinity;
    if (gold >= 5) {
      advanced++;
      if (!isHard(f, policy)) easy.push([word, rank]);
    } else {
      basic++;
      if (isHard(f, policy)) hard.push([word, rank]);
    }
  }
  return { falseEasy: rate(easy, advanced), falseHard: rate(hard, basic) };
}

export async function checkHardness(corpusDir: string, lx: Lexicon = loadLexicon()): Promise<HardnessCheck> {
  const hsk3 = corpusHsk30(corpusDir);
  const none = { wrong: 0, total: 0, rate: 0, examples: [] };
  if (!hsk3) return { skipped: true, learnerLevel: LEARNER, falseEasy: none, falseHard: none, leaveOneOut: { falseEasy: none, falseHard: none }, lists: [] };
  const lists: HardList[] = [];
  for (const file of READ.filter((f) => existsSync(join(corpusDir, 'articles', f)))) {
    const articles = await readInputs([join(corpusDir, 'articles', file)]);
    for (const level of [4, 6]) {
      const hard = analyzeArticles(articles, { level }, lx).vocab.filter((v) => v.hard);
      lists.push({ file, level, hard: hard.length, top: hard.slice(0, 40).map((v) => v.word) });
    }
  }
  return { learnerLevel: LEARNER, ...errorRates(hsk3, lx), leaveOneOut: errorRates(hsk3, lx, LEARNER, true), lists };
}

export function printHardness(r: HardnessCheck): void {
  if (r.skipped) return void console.log('  skipped — no HSK 3.0 list in the corpus');
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, e: ErrorRate, goal: string) =>
    console.log(`  ${name} ${pct(e.rate)} (${e.wrong} of ${e.total}; goal ${goal}) e.g. ${e.examples.slice(0, 15).join(' ')}`);
  line('false easy (HSK 3.0 levels 5–9 not hard at HSK 4):', r.falseEasy, '≤ 10%');
  line('false hard (HSK 3.0 levels 1–3 hard at HSK 4):  ', r.falseHard, '≤ 25%');
  const loo = (name: string, e: ErrorRate) => console.log(`  ${name} ${pct(e.rate)} (${e.wrong} of ${e.total}) e.g. ${e.examples.slice(0, 10).join(' ')}`);
  console.log('  leave-one-out (HSK 3.0 kept for the parts, as for a word in neither list; informative only):');
  loo('  false easy', r.leaveOneOut.falseEasy);
  loo('  false hard', r.leaveOneOut.falseHard);
  for (const l of r.lists) console.log(`  ${l.file} at HSK ${l.level}: ${l.hard} hard · ${l.top.join(' ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.ZHCARDS_CORPUS ?? join(new URL('../..', import.meta.url).pathname, '..', 'shared', 'corpus');
  printHardness(await checkHardness(dir));
}
