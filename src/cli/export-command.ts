/** `zhcards export`: analysis → cards → an Anki package, Anki text file or Pleco list. */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { buildDeckPlan, defaultDeckName, resolveDeckPath, writeApkg, writePleco, writeTsv } from '../anki/index.js';
import { sentenceCards, wordCards } from '../cards/index.js';
import type { Analysis } from '../domain/types.js';
import type { ExportOptions } from './args.js';

const EXTENSIONS = { apkg: 'apkg', tsv: 'tsv', pleco: 'txt' } as const;

export interface ExportContext {
  analysis: Analysis;
  inputs: string[];
  options: ExportOptions;
  /** Where decks land by default (the project's decks/ folder). */
  decksDir: string;
  now: Date;
}

/** The article's headline (or file name) for one input; a directory's name for a folder of them. */
function deckTitle(analysis: Analysis, inputs: string[]): string {
  if (inputs.length === 1 && inputs[0] !== '-' && existsSync(inputs[0]!) && statSync(inputs[0]!).isDirectory()) return basename(resolve(inputs[0]!));
  const first = analysis.articles[0]!.title;
  return analysis.articles.length > 1 ? `${first} +${analysis.articles.length - 1}` : first;
}

function slugOf(analysis: Analysis): string {
  const src = analysis.articles[0]!.source;
  return src === '-' ? analysis.articles[0]!.title : basename(src, extname(src));
}

/** `--out` may name a file, or a folder (existing, or written with a trailing slash). */
function outputPath(ctx: ExportContext, deckName: string): string {
  const ext = EXTENSIONS[ctx.options.format];
  const out = ctx.options.out;
  if (out && !(out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()))) return resolve(out);
  return resolveDeckPath(out ?? ctx.decksDir, deckName, ext);
}

export async function runExport(ctx: ExportContext): Promise<string> {
  const { analysis, options } = ctx;
  const deckName = options.deck ? (options.deck.startsWith('zhcards::') ? options.deck : `zhcards::${options.deck}`) : defaultDeckName(deckTitle(analysis, ctx.inputs));
  const words = wordCards(analysis, { max: options.max ?? undefined });
  const sentences = options.sentences ? sentenceCards(analysis) : [];
  const path = outputPath(ctx, deckName);
  const write = { force: options.force };
  const plan = buildDeckPlan({ deckName, words, sentences, templates: options.cards, now: ctx.now, articleSlug: slugOf(analysis) });
  const result =
    options.format === 'apkg'
      ? await writeApkg(plan, path, write)
      : options.format === 'tsv'
        ? await writeTsv(plan, path, write)
        : await writePleco(words, path, { deckName, force: options.force });
  // Paths inside the working folder are shown relative to it, others in full.
  const shown = result.files.map((f) => (relative(process.cwd(), f).startsWith('..') ? f : relative(process.cwd(), f))).join(', ');
  const lines = [`Wrote ${shown}: ${result.notes} notes, ${result.cards} cards (deck ${plan.deck.name}).`];
  if (options.format === 'apkg') lines.push('Import it in Anki with File → Import…; exporting again updates these notes instead of duplicating them.');
  if (options.format === 'tsv') lines.push('Import it in Anki with File → Import… (import a zhcards .apkg once first so the note types exist).');
  if (options.format === 'pleco') lines.push('Import it in Pleco: Flashcards → Import Cards, text file.');
  for (const w of plan.warnings) lines.push(`note: ${w}`);
  return lines.join('\n');
}
