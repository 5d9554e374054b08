/**
 * `npm run bench`: speed and memory targets, measured as ratios within one run.
 *  1. cold `analyze --json` of the sample page vs a bare node process that loads nodejieba and cuts it (goal ≤ 1.3×)
 *  2. a 10 MB text vs bare nodejieba cutting it (goal ≤ 2× time, ≤ 1.5 GB peak)
 *  3. Anki export of 10,000 notes (see scripts/bench-export.ts)
 *  4. the app: time to first frame vs a bare Ink "hello" (goal ≤ 1.5×), time until the word list is usable
 * `npm run bench -- app` runs only 4.
 *  5. terminal study start-up and per-answer latency on 50,000 cards (see scripts/bench-study.ts)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAppStart } from './bench/app-start.js';
import { compare } from './bench/measure.js';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, '..', 'shared', 'corpus', 'articles');
const samplePage = existsSync(join(corpus, 'seed-jiangnan-wanbao.txt'))
  ? join(corpus, 'seed-jiangnan-wanbao.txt')
  : join(root, 'articles', readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.txt')).sort()[0]!);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const bare = (file: string) => ['scripts/bench/bare-jieba.cjs', file];
// --no-db: measure the analysis, and never write the learner database of whoever runs the bench.
const ours = (file: string) => ['bin/zhcards.js', 'analyze', file, '--json', '--no-db'];

function report(title: string, goal: string, r: Record<string, { seconds: number; peakMb: number }>): void {
  const [a, b] = [r.zhcards!, r['bare nodejieba']!];
  console.log(`\n${title}`);
  for (const [name, s] of Object.entries(r)) console.log(`  ${name.padEnd(16)} ${s.seconds.toFixed(2).padStart(7)} s  ${s.peakMb.toFixed(0).padStart(6)} MB`);
  console.log(`  ratio            ${(a.seconds / b.seconds).toFixed(2).padStart(7)} ×   (goal ${goal})`);
}

// Measure what users run: the compiled build, fresh.
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
console.log(`zhcards bench — ${repeats} runs each, medians; node ${process.version}`);
if (process.argv.includes('app')) {
  benchAppStart(root, samplePage, repeats);
  process.exit(0);
}
report(`1. cold analyze --json of ${samplePage.replace(root, '')}`, '≤ 1.3×', compare({ zhcards: ours(samplePage), 'bare nodejieba': bare(samplePage) }, repeats, root));

const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-'));
try {
  const sources = [samplePage, ...readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'articles', f))];
  const unit = sources.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  const big = join(dir, 'ten-megabytes.txt');
  const copies = Math.ceil(10e6 / Buffer.byteLength(unit));
  writeFileSync(big, Array(copies).fill(unit).join('\n\n'));
  const bigRepeats = Math.max(1, Math.min(3, repeats));
  report(`2. 10 MB text (${copies} copies of the articles)`, '≤ 2×, ≤ 1.5 GB', compare({ zhcards: ours(big), 'bare nodejieba': bare(big) }, bigRepeats, root));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The 10 MB text repeats itself, and zhcards reads a repeated sentence once; a text without
// repeats shows the throughput on fresh prose. Built from the corpus (never committed).
const seg = join(root, '..', 'shared', 'corpus', 'segmentation');
const poly = join(root, '..', 'shared', 'corpus', 'polyphone', 'test.sent');
if (existsSync(seg) && existsSync(poly)) {
  const dir2 = mkdtempSync(join(tmpdir(), 'zhcards-bench-'));
  try {
    const gold = readdirSync(seg).filter((f) => f.endsWith('_gold.utf8')).map((f) => readFileSync(join(seg, f), 'utf8').replace(/[ \t]+/g, '').replace(/\r/g, ''));
    const sentences = readFileSync(poly, 'utf8').replaceAll('\u2581', '');
    const unique = join(dir2, 'unique.txt');
    writeFileSync(unique, [...gold, sentences].join('\n\n'));
    const mb = (Buffer.byteLength(readFileSync(unique)) / 1e6).toFixed(1);
    report(`2b. ${mb} MB of text without repeats (SIGHAN gold + CPP sentences)`, 'for reference', compare({ zhcards: ours(unique), 'bare nodejieba': bare(unique) }, Math.max(1, Math.min(3, repeats)), root));
  } finally {
    rmSync(dir2, { recursive: true, force: true });
  }
}

if (existsSync(join(root, 'scripts', 'bench-export.ts'))) {
  console.log('\n3. Anki export');
  await import('./bench-export.js');
}

benchAppStart(root, samplePage, repeats);

if (existsSync(join(root, 'scripts', 'bench-study.ts'))) {
  console.log('\n5. Terminal study: 50,000 cards, 500,000 review-log rows');
  const { benchStudy } = await import('./bench-study.js');
  benchStudy();
}
