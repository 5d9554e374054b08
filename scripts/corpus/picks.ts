/**
 * Per-article checks of what issue 6 §1 and §3 promise: at level 4, the share of single
 * characters in the hard list (goal ≤ 15%), and what was read as headline, byline and page
 * furniture, so a wrong split shows up in the report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';

export const MAX_SINGLE_SHARE = 0.15;
const LEVEL = 4;

export interface PickCheck {
  file: string;
  hard: number;
  single: number;
  singleShare: number;
  /** The single characters of the hard list, most frequent first, so a share over the goal can be read. */
  singles: string[];
  headline: string;
  bylines: string[];
  furniture: number;
  names: number;
}

export async function checkPicks(corpusDir: string): Promise<PickCheck[]> {
  const dir = join(corpusDir, 'articles');
  const out: PickCheck[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort()) {
    const articles = await readInputs([join(dir, file)]);
    const a = analyzeArticles(articles, { level: LEVEL });
    const hard = a.vocab.filter((v) => v.hard);
    const singles = hard.filter((v) => [...v.word].length === 1).sort((x, y) => y.count - x.count);
    const single = singles.length;
    const paragraphs = articles.flatMap((x) => x.paragraphs);
    const names = new Set(a.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'name').map((t) => t.text)));
    out.push({
      file,
      hard: hard.length,
      single,
      singleShare: hard.length ? single / hard.length : 0,
      singles: singles.map((v) => v.form ?? v.word),
      headline: paragraphs.find((p) => p.kind === 'headline')?.text ?? '',
      bylines: paragraphs.filter((p) => p.kind === 'byline').map((p) => p.text),
      furniture: paragraphs.filter((p) => p.kind === 'masthead').length,
      names: names.size,
    });
  }
  return out;
}

/** Report lines; `failed` when some article's hard list is more than 15% single characters. */
export function formatPicks(checks: PickCheck[]): { lines: string[]; failed: boolean } {
  const lines = [`Hard lists at level ${LEVEL}: single characters (goal ≤ ${MAX_SINGLE_SHARE * 100}%), headline, bylines, furniture:`];
  let failed = false;
  for (const c of checks) {
    const over = c.singleShare > MAX_SINGLE_SHARE;
    failed ||= over;
    const share = `${(c.singleShare * 100).toFixed(1)}%`.padStart(6);
    lines.push(`  ${over ? 'OVER' : 'ok  '} ${c.file.padEnd(28)} ${String(c.hard).padStart(4)} hard ${String(c.single).padStart(3)} single ${share}  ${c.names} names  ${c.furniture} furniture`);
    lines.push(`         headline: ${c.headline ? c.headline.slice(0, 40) : '—'}${c.bylines.length ? `  byline: ${c.bylines.map((b) => b.slice(0, 24)).join(' | ')}` : ''}`);
    if (over) lines.push(`         single: ${c.singles.join(' ')}`);
  }
  return { lines, failed };
}
