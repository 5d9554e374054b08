/** Shared by the CLI and the app: read the inputs and the known-words file, run the pipeline. */
import { readFileSync } from 'node:fs';
import { InputError } from '../domain/errors.js';
import type { Analysis, ArticleText, SortOrder } from '../domain/types.js';
import { readInputs } from '../ingest/index.js';
import { analyzeArticles } from './analyze.js';
import { parseKnownWords, type KnownWords } from '../select/index.js';

/** What to read. Structurally the CLI's own options, so a parsed command can be passed as is. */
export interface InputOptions {
  inputs: string[];
  /** A known-words file (see select/parseKnownWords), or null. */
  known: string | null;
  encoding: string | null;
}

export function readKnownFile(path: string): KnownWords {
  try {
    return parseKnownWords(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new InputError(`cannot read known-words file ${path}: ${why}`);
  }
}

export async function loadInputs(opts: InputOptions): Promise<{ articles: ArticleText[]; known: KnownWords | undefined }> {
  const known = opts.known ? readKnownFile(opts.known) : undefined;
  const articles = await readInputs(opts.inputs, opts.encoding ? { encoding: opts.encoding } : {});
  return { articles, known };
}

export async function loadAnalysis(opts: InputOptions & { level: number; sort: SortOrder }): Promise<Analysis> {
  const { articles, known } = await loadInputs(opts);
  return analyzeArticles(articles, { level: opts.level, known, sort: opts.sort });
}
