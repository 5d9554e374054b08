/**
 * Segmentation against the SIGHAN 2005 bakeoff gold files (PKU, MSR), scored the bakeoff way:
 * a word counts as correct only when both its boundaries match a gold word. Also lists, for a
 * sample article, every `name` token and every word jieba tags as a name that we kept as a word.
 *
 *   npx tsx scripts/corpus/segmentation.ts [corpusDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadLexicon } from '../../src/lexicon/index.js';
import { jiebaCut, segmentSentences } from '../../src/segment/index.js';
import { jiebaTag } from '../../src/segment/jieba.js';

export interface Score {
  p: number;
  r: number;
  f1: number;
}

export interface SegmentationScores {
  /** Our segmenter. */
  pku: Score;
  msr: Score;
  /** Plain nodejieba `cut(text, true)`, for comparison. */
  raw: { pku: Score; msr: Score };
}

/** Gold lines as word lists. The files use CRLF and separate words with one or more spaces. */
function readGold(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split(/[ \t\r]+/).filter(Boolean))
    .filter((words) => words.length > 0);
}

function spans(words: string[]): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const w of words) out.add(`${at}:${(at += w.length)}`);
  return out;
}

function score(gold: string[][], predicted: string[][]): Score {
  let correct = 0;
  let goldCount = 0;
  let predictedCount = 0;
  gold.forEach((words, k) => {
    const g = spans(words);
    const p = spans(predicted[k]!);
    goldCount += g.size;
    predictedCount += p.size;
    for (const s of p) if (g.has(s)) correct++;
  });
  const p = correct / predictedCount;
  const r = correct / goldCount;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

/** Scores for PKU and MSR, or null when the corpus (or its segmentation folder) is absent. */
export async function checkSegmentation(corpusDir: string): Promise<SegmentationScores | null> {
  const dir = join(corpusDir, 'segmentation');
  const files = { pku: join(dir, 'pku_test_gold.utf8'), msr: join(dir, 'msr_test_gold.utf8') };
  if (!existsSync(files.pku) || !existsSync(files.msr)) return null;
  const lx = loadLexicon();
  const run = (file: string) => {
    const gold = readGold(file);
    const texts = gold.map((words) => words.join(''));
    // Each gold line is a paragraph of its own article: names are not carried across lines.
    const ours = texts.map((t) => segmentSentences([t], lx)[0]!.map((s) => s.text));
    const raw = texts.map((t) => jiebaCut(t).filter((w) => w.trim()));
    return { ours: score(gold, ours), raw: score(gold, raw) };
  };
  const pku = run(files.pku);
  const msr = run(files.msr);
  return { pku: pku.ours, msr: msr.ours, raw: { pku: pku.raw, msr: msr.raw } };
}

export interface NameReview {
  /** Every `name` token with its count. */
  names: Map<string, number>;
  /** Word tokens jieba tags as person (nr), place (ns) or organisation (nt) names, with the tag. */
  keptAsWords: Map<string, string>;
}

/**
 * A rough sentence split, enough to eyeball names on one article: line breaks between Chinese
 * characters are removed first (the sample page is hard-wrapped mid-word: 杜小\n\n刚), then the
 * text is split after 。！？ and at the remaining line breaks.
 */
export function reviewNames(articlePath: string): NameReview {
  const sentences = readFileSync(articlePath, 'utf8')
    .replace(/(?<=[\p{Script=Han}，、“”（）])\n+(?=[\p{Script=Han}，、“”（）])/gu, '')
    .split(/(?<=[。！？])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const names = new Map<string, number>();
  const keptAsWords = new Map<string, string>();
  for (const tokens of segmentSentences(sentences, loadLexicon())) {
    for (const t of tokens) {
      if (t.kind === 'name') names.set(t.text, (names.get(t.text) ?? 0) + 1);
      const tag = t.kind === 'word' ? jiebaTag(t.text) : '';
      if (/^(nr|ns|nt)/.test(tag)) keptAsWords.set(t.text, tag);
    }
  }
  return { names, keptAsWords };
}

const pct = (x: number) => (100 * x).toFixed(2);

async function main(): Promise<void> {
  const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
  const scores = await checkSegmentation(corpusDir);
  if (!scores) {
    console.log(`segmentation: skipped (no gold files under ${corpusDir}/segmentation)`);
    return;
  }
  for (const set of ['pku', 'msr'] as const) {
    const [o, r] = [scores[set], scores.raw[set]];
    console.log(`${set}: ours P ${pct(o.p)} R ${pct(o.r)} F1 ${pct(o.f1)} | raw jieba P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f1)}`);
  }
  const sample = join(corpusDir, 'articles', 'seed-jiangnan-wanbao.txt');
  if (existsSync(sample)) {
    const { names, keptAsWords } = reviewNames(sample);
    console.log('names:', [...names].map(([w, n]) => `${w}×${n}`).join(' '));
    console.log('nr/ns/nt kept as words:', [...keptAsWords].map(([w, t]) => `${w}:${t}`).join(' '));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
