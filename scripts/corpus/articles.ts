/** End-to-end run of every corpus article: no crash, every hard word defined, no name/number/Latin vocabulary. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';

export interface ArticleCheck {
  file: string;
  sentences: number;
  hardWords: number;
  estimatedLevel: number;
  problems: string[];
}

const NOT_VOCAB = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ%％.·•]/;
const NUMERALS = /^[零〇一二三四五六七八九十百千万亿两几第]+$/;

export async function checkArticles(corpusDir: string): Promise<ArticleCheck[]> {
  const dir = join(corpusDir, 'articles');
  const lx = loadLexicon();
  const out: ArticleCheck[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort()) {
    const problems: string[] = [];
    try {
      const articles = await readInputs([join(dir, file)]);
      const a = analyzeArticles(articles, { level: 3 });
      const names = new Set(a.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'name').map((t) => t.text)));
      for (const v of a.vocab) {
        if (v.hard && v.definitions.length === 0) problems.push(`hard word without definition: ${v.word}`);
        if (NOT_VOCAB.test(v.word) || NUMERALS.test(v.word)) problems.push(`number/Latin vocabulary: ${v.word}`);
        if (names.has(v.word) || names.has(v.traditional)) problems.push(`also tagged as a name elsewhere: ${v.word}`);
        if (v.hard && lx.isProperNoun(v.word) && lx.hskLevel(v.word) === null) problems.push(`proper noun as vocabulary: ${v.word}`);
      }
      out.push({ file, sentences: a.sentences.length, hardWords: a.stats.hardWords, estimatedLevel: a.stats.estimatedLevel, problems });
    } catch (e) {
      out.push({ file, sentences: 0, hardWords: 0, estimatedLevel: 0, problems: [`crashed: ${(e as Error).message}`] });
    }
  }
  return out;
}
