/**
 * `npm run check:corpus`: broader checks on ../shared/corpus when it exists (it is not
 * part of a user's clone; the script skips cleanly without it). Exit 1 on a failed check.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { levelNumber } from '../src/levels/index.js';
import { checkArticles } from './corpus/articles.js';
import { printHardness, type HardnessCheck } from './corpus/hardness.js';
import { checkPicks, formatPicks } from './corpus/picks.js';

const root = new URL('..', import.meta.url).pathname;
const corpus = process.env.ZHCARDS_CORPUS ?? join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.log(`check:corpus: skipped — no corpus at ${corpus}`);
  process.exit(0);
}

let failed = false;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

console.log('Articles, end to end (level 3):');
for (const r of await checkArticles(corpus)) {
  const status = r.problems.length ? 'FAIL' : 'ok  ';
  console.log(`  ${status} ${r.file.padEnd(28)} ${String(r.sentences).padStart(4)} sentences ${String(r.hardWords).padStart(4)} hard  level ${levelNumber(r.estimatedLevel)}  ${String(r.studySentences).padStart(3)} study (L4)`);
  for (const p of r.problems.slice(0, 10)) console.log(`         ${p}`);
  if (r.problems.length > 10) console.log(`         … ${r.problems.length - 10} more`);
  failed ||= r.problems.length > 0;
}

const picks = formatPicks(await checkPicks(corpus));
console.log(`\n${picks.lines.join('\n')}`);
failed ||= picks.failed;

const optional = async <T>(path: string, name: string): Promise<((dir: string) => Promise<T>) | null> => {
  if (!existsSync(join(root, 'scripts', 'corpus', `${path}.ts`))) return null;
  const mod = (await import(`./corpus/${path}.js`)) as Record<string, (dir: string) => Promise<T>>;
  return mod[name] ?? null;
};

const seg = await optional<Record<string, { p: number; r: number; f1: number }>>('segmentation', 'checkSegmentation');
if (seg) {
  console.log('\nSegmentation against SIGHAN 2005 gold (P / R / F1):');
  const res = (await seg(corpus)) ?? {};
  const print = (prefix: string, scores: Record<string, unknown>) => {
    for (const [name, s] of Object.entries(scores)) {
      if (s && typeof s === 'object' && 'f1' in s) {
        const v = s as { p: number; r: number; f1: number };
        console.log(`  ${`${prefix}${name}`.padEnd(18)} ${pct(v.p)} / ${pct(v.r)} / ${pct(v.f1)}`);
      } else if (s && typeof s === 'object') print(`${prefix}${name} `, s as Record<string, unknown>);
    }
  };
  print('', res);
}

type PolyCheck = { total: number; accuracy: number; rawPinyinPro: number; heldOut?: number; unconverted?: number; skipped?: boolean };
const poly = await optional<PolyCheck>('polyphone', 'checkPolyphones');
if (poly) {
  const r = await poly(corpus);
  console.log(`\nPolyphones (CPP test set, ${r.total} sentences): zhcards ${pct(r.accuracy)} (held-out tenth ${pct(r.heldOut ?? 0)}) · raw pinyin-pro ${pct(r.rawPinyinPro)}`);
  if (!r.skipped) {
    const t = await (poly as (dir: string, script: string) => Promise<PolyCheck>)(corpus, 'traditional');
    console.log(`  same sentences in traditional (OpenCC cn→tw, ${t.total} sentences): zhcards ${pct(t.accuracy)} (held-out tenth ${pct(t.heldOut ?? 0)})`);
  }
}

const hardness = await optional<HardnessCheck>('hardness', 'checkHardness');
if (hardness) {
  console.log('\nHardness at HSK 4 against HSK 3.0 (HSK 3.0 lookup off), and hard lists to read:');
  const r = await hardness(corpus);
  printHardness(r);
  failed ||= !r.skipped && r.falseEasy.rate > 0.1;
}

const levels = await optional<unknown>('levels', 'checkLevels');
if (levels) {
  console.log('\nLevel estimates against HSK 3.0:');
  console.log(JSON.stringify(await levels(corpus), null, 2).replace(/^/gm, '  '));
}

const senses = await optional<{ words: number; right: number; wrong: string[]; traditional: Array<{ file: string; dropped: string[]; simplifiedItems: string[] }> }>('senses', 'checkSenses');
if (senses) {
  const r = await senses(corpus);
  console.log(`\nFirst senses (hand-written list, ${r.words} words): ${pct(r.right / r.words)} right`);
  for (const w of r.wrong) console.log(`         ${w}`);
  for (const t of r.traditional) {
    const ok = t.dropped.length === 0 && t.simplifiedItems.length === 0;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${t.file.padEnd(28)} dropped ${t.dropped.length}, shown simplified ${t.simplifiedItems.length}`);
    for (const w of [...t.dropped, ...t.simplifiedItems].slice(0, 10)) console.log(`         ${w}`);
    failed ||= !ok;
  }
  failed ||= r.wrong.length > 0;
}

process.exit(failed ? 1 : 0);
