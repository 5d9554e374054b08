/** Before writing: the deck name and the output file an export will use. */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { defaultDeckName, resolveDeckPath } from '../anki/index.js';
import type { Analysis } from '../domain/types.js';
import { FORMAT_EXTENSIONS, type ExportOptions } from './options.js';

/** The article's headline (or file name) for one input; a directory's name for a folder of them. */
function deckTitle(analysis: Analysis, inputs: readonly string[]): string {
  if (inputs.length === 1 && inputs[0] !== '-' && existsSync(inputs[0]!) && statSync(inputs[0]!).isDirectory()) return basename(resolve(inputs[0]!));
  const first = analysis.articles[0]!.title;
  return analysis.articles.length > 1 ? `${first} +${analysis.articles.length - 1}` : first;
}

/** The chosen deck name under `zhcards::`, or one made from the headline. */
export function deckNameFor(analysis: Analysis, inputs: readonly string[], deck: string | null): string {
  if (deck) return deck.startsWith('zhcards::') ? deck : `zhcards::${deck}`;
  return defaultDeckName(deckTitle(analysis, inputs));
}

/** The first article's file name without extension (the headline for stdin), for tags. */
export function articleSlug(analysis: Analysis): string {
  const src = analysis.articles[0]!.source;
  return src === '-' ? analysis.articles[0]!.title : basename(src, extname(src));
}

/** `--out` may name a file, or a folder (existing, or written with a trailing slash). */
export function outputPath(options: Pick<ExportOptions, 'out' | 'format'>, deckName: string, decksDir: string): string {
  const ext = FORMAT_EXTENSIONS[options.format];
  const out = options.out;
  if (out && !(out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()))) return resolve(out);
  return resolveDeckPath(out ?? decksDir, deckName, ext);
}
