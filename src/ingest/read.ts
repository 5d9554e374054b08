/** Inputs (files, directories, stdin) → decoded, cleaned, reflowed articles. */

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { ArticleText } from '../domain/types.js';
import { InputError, UsageError } from '../domain/errors.js';
import { hasHan } from './chars.js';
import { decodeBuffer } from './decode.js';
import { extractText, formatOf, reflowOptionsFor, TEXT_EXTENSIONS } from './extract.js';
import { reflow } from './reflow.js';
import { titleOf } from './title.js';

export interface ReadOptions {
  /** Force one encoding for every input. */
  encoding?: string;
  /** Reads all of standard input; injectable for tests. */
  stdin?: () => Promise<Buffer>;
  /**
   * Called once every input has been read, decoded and found to hold Chinese text, with their
   * length in characters, before the (slower) reflow: after it, no input error can come. The CLI
   * starts loading the segmenter then, so a mistyped path is reported at once rather than after
   * a load it cannot stop.
   */
  onChecked?: (chars: number) => void;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read (${code ?? (err as Error).message})`;
}

/** A folder of articles often carries its own notes; they are not articles. */
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|notice)(?:\.|$)|^\./iu;

/** Expands directories into their text files, sorted by name. */
async function expand(input: string): Promise<string[]> {
  if (input === '-') return ['-'];
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    throw new InputError(`${input}: ${describe(err)}`);
  }
  if (!info.isDirectory()) return [input];
  let entries;
  try {
    entries = await readdir(input, { withFileTypes: true });
  } catch (err) {
    throw new InputError(`${input}: ${describe(err)}`);
  }
  const files = entries
    .filter((e) => !e.isDirectory() && TEXT_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .filter((e) => !NOT_ARTICLES.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => join(input, name));
  if (files.length === 0) {
    throw new InputError(`${input}: directory has no text files (${TEXT_EXTENSIONS.join(' ')})`);
  }
  return files;
}

interface CheckedInput {
  source: string;
  raw: string;
  format: ReturnType<typeof formatOf>;
  text: string;
}

/** Reads, decodes and extracts one input; an unusable one is an InputError naming it. */
async function checkOne(source: string, opts: ReadOptions): Promise<CheckedInput> {
  let buf: Buffer;
  try {
    buf = source === '-' ? await (opts.stdin ?? readStdin)() : await readFile(source);
  } catch (err) {
    throw new InputError(`${source}: ${describe(err)}`);
  }
  const name = source === '-' ? 'standard input' : source;
  if (buf.length === 0) throw new InputError(`${name}: file is empty`);
  const raw = decodeBuffer(buf, { encoding: opts.encoding, name });
  if (raw.trim() === '') throw new InputError(`${name}: file is empty (only whitespace)`);
  const format = formatOf(source, raw);
  const text = await extractText(raw, format);
  if (!hasHan(text)) throw new InputError(`${name}: no Chinese text found`);
  return { source, raw, format, text };
}

async function reflowOne({ source, raw, format, text }: CheckedInput): Promise<ArticleText> {
  const paragraphs = reflow(text, reflowOptionsFor(format));
  const stated = format === 'html' ? (await import('./html-title.js')).htmlTitle(raw) : null;
  return { source, title: stated ?? titleOf(paragraphs, source), paragraphs };
}

/**
 * Reads files, directories (their .txt .md .html .htm .srt .vtt files) and `-`
 * for standard input. Any unusable input stops the run with an InputError
 * naming it, so a typo never silently drops an article.
 */
export async function readInputs(inputs: string[], opts: ReadOptions = {}): Promise<ArticleText[]> {
  if (inputs.length === 0) throw new UsageError('no input: give a file, a directory, or - for standard input');
  const seen = new Set<string>();
  const sources: string[] = [];
  for (const input of inputs) {
    for (const file of await expand(input)) {
      const key = file === '-' ? '-' : resolve(file);
      if (!seen.has(key)) {
        seen.add(key);
        sources.push(file);
      }
    }
  }
  const checked: CheckedInput[] = [];
  for (const source of sources) checked.push(await checkOne(source, opts));
  opts.onChecked?.(checked.reduce((n, c) => n + c.text.length, 0));
  const articles: ArticleText[] = [];
  for (const input of checked) articles.push(await reflowOne(input));
  return articles;
}
