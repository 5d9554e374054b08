/** Analysis → cards → an Anki package, Anki text file or Pleco list, for the CLI and the app. */
import { buildDeckPlan, writeApkg, writePleco, writeTsv } from '../anki/index.js';
import { EMPTY_LEDGER, sentenceCards, wordCards, type StatusCounts } from '../cards/index.js';
import type { Analysis } from '../domain/types.js';
import { exportLedger, recordExport, type AddNotesResult, type Database } from '../storage/index.js';
import { checkOutputExtension, type ExportFormat, type ExportOptions } from './options.js';
import { articleSlug, deckNameFor, outputPath } from './plan-export.js';

export interface ExportRequest {
  analysis: Analysis;
  /** The inputs as given (a single directory names the deck). */
  inputs: readonly string[];
  options: ExportOptions;
  /** Where decks land by default (see paths/decksDir). */
  decksDir: string;
  now: Date;
  /** The learner database: what earlier exports wrote. Absent: every note is new, nothing is kept. */
  db?: Database | null;
  /** The learner database: the word notes also go into the study collection (omit for --no-db). */
  studyDb?: Database | null;
}

export interface ExportResult {
  format: ExportFormat;
  deckName: string;
  /** Every file written (absolute), the main one first. */
  files: string[];
  notes: number;
  /** Cards Anki will have after importing. */
  cards: number;
  /** Per-item problems worth telling the learner (never fatal). */
  warnings: string[];
  /** Notes new to Anki, changed since the last export, unchanged (Anki skips those); null without the database. */
  counts: StatusCounts | null;
  /** What the study collection gained; absent when no database was given. */
  study?: AddNotesResult;
}

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  const { analysis, options } = req;
  checkOutputExtension(options.out, options.format);
  const deckName = deckNameFor(analysis, req.inputs, options.deck);
  const words = wordCards(analysis, { max: options.max ?? undefined });
  const sentences = options.sentences ? sentenceCards(analysis) : [];
  const path = outputPath(options, deckName, req.decksDir);
  const write = { force: options.force };
  // Pleco has no note updates to protect; its list is written from the cards as they are.
  const db = options.format === 'pleco' ? null : (req.db ?? null);
  const ledger = db ? exportLedger(db) : EMPTY_LEDGER;
  const plan = buildDeckPlan({
    deckName, words, sentences, templates: options.cards, now: req.now, articleSlug: articleSlug(analysis), ledger, refresh: options.refresh,
  });
  const result =
    options.format === 'apkg'
      ? await writeApkg(plan, path, write)
      : options.format === 'tsv'
        ? await writeTsv(plan, path, write)
        : await writePleco(words, path, { deckName, force: options.force });
  // Remembered only once the file is on disk: a failed write must not make the next export
  // believe Anki already has these notes, and adds nothing to study.
  if (db) recordExport(db, plan.ledgerEntries, req.now);
  // Loaded here: args.ts imports this folder, and --version should not load SQLite and FSRS.
  const study = req.studyDb
    ? (await import('../collection/index.js')).addWordsToCollection(req.studyDb, plan.deck.name, words, options.cards, req.now.getTime())
    : undefined;
  return {
    format: options.format, deckName: plan.deck.name, files: result.files, notes: result.notes, cards: result.cards, warnings: plan.warnings,
    counts: db ? plan.counts : null,
    ...(study && { study }),
  };
}
