/** Shared by the CLI and the app: read the inputs and the known-words file, run the pipeline. */
import { readFileSync } from 'node:fs';
import { InputError, ZhcardsError } from '../domain/errors.js';
import type { Analysis, ArticleText, SortOrder } from '../domain/types.js';
import { decodeBuffer, readInputs } from '../ingest/index.js';
import { combineKnown, knownWordsFrom, parseKnownEntries, parseKnownFile, type KnownEntry, type KnownWords } from '../select/index.js';
import { analyzeInWorkers } from './analyze.js';

/** What to read. Structurally the CLI's own options, so a parsed command can be passed as is. */
export interface InputOptions {
  inputs: string[];
  /** A known-words file (see select/parseKnownEntries), or null. */
  known: string | null;
  encoding: string | null;
}

/** The lines of a known-words list file; a missing, binary or non-text file is an InputError. */
export function readKnownEntries(path: string): KnownEntry[] {
  return parseKnownEntries(readKnownText(path));
}

/** A known-words file's text, whatever its encoding; a missing, binary or non-text file is an InputError. */
export function readKnownText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new InputError(`cannot read known-words file ${path}: ${why}`);
  }
  try {
    return decodeBuffer(bytes, { name: `known-words file ${path}` });
  } catch (e) {
    if (e instanceof ZhcardsError) throw new InputError(e.message.replace(/ \(use --encoding.*\)$/, ''));
    throw e;
  }
}

/** `--known FILE`: any format `known import` reads (plain list, Anki, Pleco, CSV), detected. */
export function readKnownFile(path: string): KnownWords {
  return knownWordsFrom(parseKnownFile(readKnownText(path)).entries);
}

export interface LoadedInputs {
  articles: ArticleText[];
  /** Everything that is not hard: the file's words plus `alsoKnown` (e.g. the database's). */
  known: KnownWords | undefined;
}

/**
 * `alsoKnown`: word lists from elsewhere (the learner database's known and ignored words).
 * `onChecked`: called once the known-words file and every input have been read and checked (see ReadOptions).
 */
export async function loadInputs(opts: InputOptions, alsoKnown: readonly KnownWords[] = [], onChecked?: (chars: number) => void): Promise<LoadedInputs> {
  const fromFile = opts.known ? readKnownFile(opts.known) : undefined;
  const lists = [fromFile, ...alsoKnown].filter((l): l is KnownWords => l !== undefined);
  const articles = await readInputs(opts.inputs, { ...(opts.encoding ? { encoding: opts.encoding } : {}), onChecked });
  return { articles, known: lists.length ? combineKnown(...lists) : undefined };
}

export async function loadAnalysis(opts: InputOptions & { level: number; sort: SortOrder }, alsoKnown: readonly KnownWords[] = []): Promise<Analysis> {
  const { articles, known } = await loadInputs(opts, alsoKnown);
  return analyzeInWorkers(articles, { level: opts.level, known, sort: opts.sort });
}
