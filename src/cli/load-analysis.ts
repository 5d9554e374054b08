/** Shared by every command: read the inputs and known words, run the pipeline. */
import { readFileSync } from 'node:fs';
import { InputError } from '../domain/errors.js';
import type { Analysis, ArticleText } from '../domain/types.js';
import { readInputs } from '../ingest/index.js';
import { analyzeArticles } from '../pipeline/index.js';
import { parseKnownWords, type KnownWords } from '../select/index.js';
import type { AnalysisOptions } from './args.js';

export function readKnownFile(path: string): KnownWords {
  try {
    return parseKnownWords(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new InputError(`cannot read known-words file ${path}: ${why}`);
  }
}

export async function loadInputs(opts: AnalysisOptions): Promise<{ articles: ArticleText[]; known: KnownWords | undefined }> {
  const known = opts.known ? readKnownFile(opts.known) : undefined;
  const articles = await readInputs(opts.inputs, opts.encoding ? { encoding: opts.encoding } : {});
  return { articles, known };
}

export async function loadAnalysis(opts: AnalysisOptions): Promise<Analysis> {
  const { articles, known } = await loadInputs(opts);
  return analyzeArticles(articles, { level: opts.level, known, sort: opts.sort });
}
