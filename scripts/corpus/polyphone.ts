/**
 * Polyphone accuracy on the CPP test split (../shared/corpus/polyphone): our sentence pinyin and
 * raw pinyin-pro, measured in the same run; and the same sentences converted to traditional with
 * OpenCC, read by the same pipeline. Every tenth sentence (line 10, 20, …) is reported apart as a
 * held-out share that rules were not tuned on. Run directly for a per-character error breakdown:
 * `npx tsx scripts/corpus/polyphone.ts [corpusDir] [--traditional]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type { Segment } from '../../src/domain/types.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { marksToNumbered, sentencePinyin } from '../../src/pinyin/index.js';
import { toTraditional } from '../../src/script/index.js';
import { segmentSentences } from '../../src/segment/index.js';

export interface PolyphoneCheck {
  total: number;
  correct: number;
  accuracy: number;
  rawPinyinPro: number;
  /** Accuracy on every tenth sentence, the share held out while writing rules. */
  heldOut?: number;
  /** Sentences left out because the conversion to traditional changed their length. */
  unconverted?: number;
  /**
   * Accuracy when a neutral tone counts as right for the same syllable: CC-CEDICT writes 关系
   * guān xi and 力量 lì liang where the CPP labels give the citation tone (xì, liàng).
   */
  accuracyNeutralAsCitation?: number;
  /** True when the corpus folder is absent (all numbers are then 0). */
  skipped?: boolean;
  /** Errors per labelled character: char → { gold reading → count of wrong answers }. */
  errors?: Map<string, Map<string, number>>;
}

const MARK = '\u2581';

/** The syllable of the character at `index` inside a token's numbered reading. */
function syllableAt(token: Segment, numbered: string, index: number): string {
  const syllables = numbered.split(' ');
  const chars = Array.from(token.text.slice(0, index - token.start));
  const all = Array.from(token.text);
  if (syllables.length === all.length) return syllables[chars.length] ?? '';
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  return syllables.filter((s) => /^[a-z:]+[1-5]$/i.test(s))[han] ?? '';
}

function rawReading(text: string, index: number): string {
  let offset = 0;
  for (const item of pinyin(text, { type: 'all', toneSandhi: false })) {
    if (offset === index) return item.pinyin ? marksToNumbered(item.pinyin) : '';
    offset += item.origin.length;
  }
  return '';
}

export async function checkPolyphones(corpusDir: string, script: 'simplified' | 'traditional' = 'simplified'): Promise<PolyphoneCheck> {
  const dir = existsSync(join(corpusDir, 'polyphone')) ? join(corpusDir, 'polyphone') : corpusDir;
  const sentFile = join(dir, 'test.sent');
  const labelFile = join(dir, 'test.lb');
  if (!existsSync(sentFile) || !existsSync(labelFile)) {
    return { total: 0, correct: 0, accuracy: 0, rawPinyinPro: 0, skipped: true };
  }
  const lines = readFileSync(sentFile, 'utf8').split('\n').filter(Boolean);
  const labels = readFileSync(labelFile, 'utf8').split('\n').filter(Boolean);
  if (labels.length !== lines.length) throw new Error(`${labelFile}: ${labels.length} labels for ${lines.length} sentences`);
  const all = lines.map((line, i) => {
    const simplified = line.replaceAll(MARK, '');
    return {
      text: script === 'traditional' ? toTraditional(simplified) : simplified,
      length: simplified.length,
      index: line.indexOf(MARK),
      gold: labels[i]!.trim().toLowerCase(),
      heldOut: i % 10 === 9,
    };
  });
  const items = all.filter((x) => x.text.length === x.length);
  const lx = loadLexicon();
  const segmented = segmentSentences(items.map((x) => x.text), lx);
  let correct = 0;
  let lenient = 0;
  let raw = 0;
  let heldOutCorrect = 0;
  const errors = new Map<string, Map<string, number>>();
  items.forEach(({ text, index, gold }, i) => {
    const segments = segmented[i]!;
    const readings = sentencePinyin(text, segments, lx);
    const at = segments.findIndex((s) => s.start <= index && index < s.end);
    const ours = at < 0 ? '' : syllableAt(segments[at]!, readings[at]!.numbered, index).toLowerCase();
    if (ours === gold) correct++;
    if (ours === gold && items[i]!.heldOut) heldOutCorrect++;
    if (ours === gold || (ours.endsWith('5') && ours.slice(0, -1) === gold.slice(0, -1))) lenient++;
    if (ours !== gold) {
      const char = text[index]!;
      const byGold = errors.get(char) ?? new Map<string, number>();
      const key = `${gold}→${ours || '∅'}`;
      byGold.set(key, (byGold.get(key) ?? 0) + 1);
      errors.set(char, byGold);
    }
    if (script === 'simplified' && rawReading(text, index).toLowerCase() === gold) raw++;
  });
  const total = items.length;
  return {
    total,
    correct,
    accuracy: correct / total,
    rawPinyinPro: raw / total,
    heldOut: heldOutCorrect / items.filter((x) => x.heldOut).length,
    unconverted: all.length - items.length,
    accuracyNeutralAsCitation: lenient / total,
    errors,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(new URL('../../..', import.meta.url).pathname, 'shared', 'corpus');
  const r = await checkPolyphones(dir, process.argv.includes('--traditional') ? 'traditional' : 'simplified');
  if (r.skipped) console.log(`polyphone check skipped: no corpus at ${dir}`);
  else {
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    console.log(`${r.total} sentences: zhcards ${pct(r.accuracy)} (${r.correct}), held out ${pct(r.heldOut!)}${process.argv.includes('--traditional') ? '' : `, raw pinyin-pro ${pct(r.rawPinyinPro)}`}`);
    if (r.unconverted) console.log(`${r.unconverted} sentences left out: OpenCC changed their length`);
    console.log(`zhcards with CC-CEDICT neutral tones counted as the citation tone: ${pct(r.accuracyNeutralAsCitation!)}`);
    const worst = [...(r.errors ?? [])].map(([c, m]) => [c, [...m].reduce((n, [, k]) => n + k, 0), m] as const);
    worst.sort((a, b) => b[1] - a[1]);
    for (const [c, n, m] of worst.slice(0, 40)) console.log(`  ${c} ${n}  ${[...m].map(([k, v]) => `${k}×${v}`).join(' ')}`);
  }
}
