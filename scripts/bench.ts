/**
 * `npm run bench`: speed and memory targets, measured as ratios within one run (wall time and,
 * less sensitive to a loaded machine, CPU time of all threads).
 *  1. cold `analyze --json` of the sample page vs a bare node process that loads nodejieba and cuts it (goal ≤ 1.2×)
 *  2. a 10 MB text of repeated articles vs bare nodejieba (goal ≤ 2× time, ≤ 1.5 GB peak)
 *  2b. ~2 MB without repeats (SIGHAN gold + CPP sentences) vs bare nodejieba (goal ≤ 2.5×)
 *  2c. ~5 MB of unique sentences vs bare nodejieba (goal ≤ 3×, ≤ 1 GB)
 *  2d. a 10 MB single line vs the same text with its line breaks (goal ≤ 1.2×, ≤ 1.5 GB)
 *  3. Anki export of 10,000 notes (see scripts/bench-export.ts)
 *  4. the app: time to first frame vs a bare Ink "hello" (goal ≤ 1.5×), time until the word list is usable
 * `npm run bench -- app` runs only 4.
 *  5. terminal study start-up and per-answer latency on 50,000 cards (see scripts/bench-study.ts)
 * BENCH_ONLY=1,2b,… runs only those cases.
 * BENCH_BASELINE=DIR (an older compiled build's dist/ folder, copied) adds it as "zhcards before" to
 * cases 1–2c, run in turn with the others, so a change's before → after is measured side by side.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAppStart } from './bench/app-start.js';
import { compare, type Command, type Sample } from './bench/measure.js';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared', 'corpus');
const corpus = join(shared, 'articles');
const samplePage = existsSync(join(corpus, 'seed-jiangnan-wanbao.txt'))
  ? join(corpus, 'seed-jiangnan-wanbao.txt')
  : join(root, 'articles', readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.txt')).sort()[0]!);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const bigRepeats = Math.max(1, Math.min(3, repeats));
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (id: string) => !only || only.includes(id);
const bare = (file: string) => ['scripts/bench/bare-jieba.cjs', file];
// --no-db: measure the analysis, and never write the learner database of whoever runs the bench.
const ours = (file: string) => ['bin/zhcards.js', 'analyze', file, '--json', '--no-db'];
const baseline = process.env.BENCH_BASELINE;
const before = (file: string) => [join(baseline!, 'src', 'cli', 'main.js'), 'analyze', file, '--json', '--no-db'];
// zhcards on Linux runs with glibc's huge-page setting (bin/zhcards.js); bare nodejieba with the
// same setting is measured too, so the ratio is shown both against stock nodejieba and like for like.
const HUGE = 'bare, huge pages';
const bareHuge = (file: string): Command => ({ args: bare(file), env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' } });
/** zhcards (and the baseline build, when given) against `other`, which comes last. */
const versus = (file: string, other: Record<string, string[]>): Record<string, Command> => ({
  zhcards: ours(file),
  ...(baseline ? { 'zhcards before': before(file) } : {}),
  ...(process.platform === 'linux' ? { [HUGE]: bareHuge(file) } : {}),
  ...other,
});

/** Each command's ratio to the last one (the reference), wall and CPU. */
function report(title: string, goal: string, r: Record<string, Sample>): void {
  const samples = Object.entries(r);
  const ref = samples.at(-1)![1];
  console.log(`\n${title}`);
  for (const [name, s] of samples) {
    console.log(`  ${name.padEnd(16)} ${s.seconds.toFixed(2).padStart(7)} s  ${s.cpuSeconds.toFixed(2).padStart(7)} s CPU  ${s.peakMb.toFixed(0).padStart(6)} MB`);
  }
  for (const [name, s] of samples.slice(0, -1)) {
    if (name === HUGE) continue;
    console.log(`  ratio ${name.padEnd(16)} ${(s.seconds / ref.seconds).toFixed(2).padStart(7)} ×  ${(s.cpuSeconds / ref.cpuSeconds).toFixed(2).padStart(7)} × CPU   (goal ${goal})`);
  }
  const huge = r[HUGE];
  if (huge && r.zhcards) {
    console.log(`  like for like: zhcards / ${HUGE} ${(r.zhcards.seconds / huge.seconds).toFixed(2)} ×  ${(r.zhcards.cpuSeconds / huge.cpuSeconds).toFixed(2)} × CPU`);
  }
}

// Measure what users run: the compiled build, fresh.
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
console.log(`zhcards bench — ${repeats} runs each (big inputs ${bigRepeats}), medians; node ${process.version}`);
if (process.argv.includes('app')) {
  benchAppStart(root, samplePage, repeats);
  process.exit(0);
}
if (wanted('1')) report(`1. cold analyze --json of ${samplePage.replace(root, '')}`, '≤ 1.2×', compare(versus(samplePage, { 'bare nodejieba': bare(samplePage) }), repeats, root));

const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-'));
try {
  const sources = [samplePage, ...readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'articles', f))];
  const unit = sources.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  const copies = Math.ceil(10e6 / Buffer.byteLength(unit));
  const tenMb = Array(copies).fill(unit).join('\n\n');
  const big = join(dir, 'ten-megabytes.txt');
  writeFileSync(big, tenMb);
  if (wanted('2')) report(`2. 10 MB text (${copies} copies of the articles)`, '≤ 2×, ≤ 1.5 GB', compare(versus(big, { 'bare nodejieba': bare(big) }), bigRepeats, root));
  if (wanted('2d')) {
    // The same characters with every line break removed: one 10 MB line.
    const line = join(dir, 'one-line.txt');
    writeFileSync(line, tenMb.replace(/\s*\n\s*/g, ''));
    report('2d. 10 MB on a single line vs the same text with line breaks', '≤ 1.2×, ≤ 1.5 GB', compare({ 'single line': ours(line), 'line breaks': ours(big) }, bigRepeats, root));
    if (baseline) report('2d, before', '≤ 1.2×, ≤ 1.5 GB', compare({ 'single line': before(line), 'line breaks': before(big) }, bigRepeats, root));
  }

  // The 10 MB text repeats itself, and zhcards reads a repeated sentence once; texts without
  // repeats show the throughput on fresh prose. Built from the corpus (never committed).
  const seg = join(shared, 'segmentation');
  const poly = join(shared, 'polyphone', 'test.sent');
  if (existsSync(seg) && existsSync(poly)) {
    const gold = readdirSync(seg).filter((f) => f.endsWith('_gold.utf8')).map((f) => readFileSync(join(seg, f), 'utf8').replace(/[ \t]+/g, '').replace(/\r/g, ''));
    const cpp = readFileSync(poly, 'utf8').replaceAll('\u2581', '');
    const unique = join(dir, 'unique.txt');
    writeFileSync(unique, [...gold, cpp].join('\n\n'));
    const mb = (f: string) => (Buffer.byteLength(readFileSync(f)) / 1e6).toFixed(1);
    if (wanted('2b')) report(`2b. ${mb(unique)} MB of text without repeats (SIGHAN gold + CPP sentences)`, '≤ 2.5×', compare(versus(unique, { 'bare nodejieba': bare(unique) }), bigRepeats, root));
    if (wanted('2c')) {
      const five = join(dir, 'five.txt');
      writeFileSync(five, fiveMegabytes([...gold, cpp, ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'))]));
      report(`2c. ${mb(five)} MB of unique sentences (corpus sentences, then pairs of them joined)`, '≤ 3×, ≤ 1 GB', compare(versus(five, { 'bare nodejieba': bare(five) }), bigRepeats, root));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The corpus holds ~2.2 MB of distinct text; to reach 5 MB without a repeated sentence, its
 * distinct sentences come first, then new sentences made of two of them joined by a comma
 * (sentence i with sentence i + 997·k), ten to a line: fresh sentences, the corpus's vocabulary.
 */
function fiveMegabytes(texts: string[]): string {
  const all = texts.flatMap((t) => t.split('\n')).flatMap((l) => l.trim().match(/[^。！？]+[。！？]*/g) ?? []);
  const sentences = [...new Set(all.map((x) => x.trim()).filter((x) => x.length > 4))];
  const lines: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) lines.push(sentences.slice(i, i + 10).join(''));
  let bytes = Buffer.byteLength(lines.join('\n'));
  for (let k = 1; bytes < 5e6; k++) {
    for (let i = 0; i < sentences.length && bytes < 5e6; i += 10) {
      const line = sentences
        .slice(i, i + 10)
        .map((a, j) => `${a.replace(/[。！？]+$/, '')}，${sentences[(i + j + 997 * k) % sentences.length]!.replace(/[。！？]*$/, '。')}`)
        .join('');
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
  }
  return lines.join('\n');
}

if (wanted('3') && existsSync(join(root, 'scripts', 'bench-export.ts'))) {
  console.log('\n3. Anki export');
  await import('./bench-export.js');
}

if (wanted('4')) benchAppStart(root, samplePage, repeats);

if (wanted('5') && existsSync(join(root, 'scripts', 'bench-study.ts'))) {
  console.log('\n5. Terminal study: 50,000 cards, 500,000 review-log rows');
  const { benchStudy } = await import('./bench-study.js');
  benchStudy();
}
