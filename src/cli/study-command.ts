/**
 * `zhcards study …`: review in the terminal, add articles to the study collection, list,
 * rename and delete decks, show stats, save the study options. The review screen is Ink.
 */
import { addWordsToCollection, collectionStats, readStudyOptions, saveStudyOptions } from '../collection/index.js';
import { UsageError } from '../domain/errors.js';
import type { Analysis } from '../domain/types.js';
import { deckNameFor } from '../export/index.js';
import type { Preferences } from '../learner/index.js';
import { databasePath } from '../paths/index.js';
import { deckContents, deleteDeck, findDeck, listDecks, openDatabase, renameDeck, type Database } from '../storage/index.js';
import { studyDay } from '../study/index.js';
import type { AnalysisOptions, StudyCommand } from './args.js';
import type { CliIo } from './io.js';
import { plural } from '../text/plural.js';
import { displayWidth, padToWidth } from '../text/index.js';
import { studyLine } from '../export/result-message.js';

type Analyse = (cmd: AnalysisOptions, io: CliIo) => Promise<{ analysis: Analysis; preferences: Preferences }>;

/** A deck as typed: its exact name, or the same under `zhcards::` (how exports name them). */
function resolveDeck(db: Database, name: string): string {
  const deck = findDeck(db, name) ?? findDeck(db, `zhcards::${name}`);
  if (!deck) throw new UsageError(`no study deck named '${name}' (see zhcards study --decks)`);
  return deck.name;
}

export async function runStudy(cmd: StudyCommand, io: CliIo, analyse: Analyse): Promise<number> {
  if (cmd.action === 'add') return addArticles(cmd, io, analyse);
  if (cmd.action === 'review' && (!io.stdinIsTTY || !io.stdout.isTTY)) {
    throw new UsageError('study needs a terminal; for numbers use `zhcards study --stats`');
  }
  const db = openDatabase(databasePath(io.env));
  try {
    const now = io.now().getTime();
    if (Object.keys(cmd.settings).length) saveStudyOptions(db, cmd.settings, io.now());
    switch (cmd.action) {
      case 'settings': {
        const o = readStudyOptions(db);
        io.stdout.write(`Saved: desired retention ${o.desiredRetention}, ${o.newPerDay} new cards and ${o.reviewsPerDay} reviews a day.\n`);
        return 0;
      }
      case 'decks':
        return printDecks(db, now, io);
      case 'rename': {
        const from = resolveDeck(db, cmd.decks[0]!);
        renameDeck(db, from, cmd.decks[1]!, now);
        io.stdout.write(`Renamed ${from} to ${cmd.decks[1]}.\n`);
        return 0;
      }
      case 'delete': {
        const name = resolveDeck(db, cmd.decks[0]!);
        if (!cmd.yes) {
          const c = deckContents(db, findDeck(db, name)!.id);
          io.stderr.write(`This would delete ${name}: ${plural(c.cards, 'card')} and ${plural(c.reviews, 'review')} of history. Nothing was deleted; add --yes to delete.\n`);
          return 1;
        }
        const c = deleteDeck(db, name);
        io.stdout.write(`Deleted ${name}: ${plural(c.cards, 'card')}, ${plural(c.reviews, 'review')}.\n`);
        return 0;
      }
      case 'stats': {
        const { statsLines } = await import('../ui/study/stats-lines.js');
        const deck = cmd.decks[0] ? resolveDeck(db, cmd.decks[0]) : null;
        io.stdout.write(`${statsLines(collectionStats(db, now, deck), now).join('\n')}\n`);
        return 0;
      }
      case 'review': {
        const deck = cmd.decks[0] ? resolveDeck(db, cmd.decks[0]) : null;
        const { runStudyApp } = await import('../ui/study/run-study.js');
        return await runStudyApp({ db, deck, now: () => Date.now(), exitAfterFirstFrame: Boolean(io.env.ZHCARDS_EXIT_AFTER_FIRST_FRAME) });
      }
    }
  } finally {
    db.close();
  }
}

function printDecks(db: Database, now: number, io: CliIo): number {
  const decks = listDecks(db, studyDay(now).end);
  if (decks.length === 0) {
    io.stderr.write('No study decks yet: `zhcards export FILE` or `zhcards study --add FILE` adds one.\n');
    return 0;
  }
  const width = Math.max(...decks.map((d) => displayWidth(d.name)));
  io.stdout.write(`${padToWidth('deck', width)}  cards    due    new  suspended\n`);
  for (const d of decks) {
    io.stdout.write(`${padToWidth(d.name, width)}  ${String(d.cards).padStart(5)}  ${String(d.due).padStart(5)}  ${String(d.newCards).padStart(5)}  ${String(d.suspended).padStart(9)}\n`);
  }
  return 0;
}

/** Builds study cards from articles with the export's selection, without writing a file. */
async function addArticles(cmd: StudyCommand, io: CliIo, analyse: Analyse): Promise<number> {
  const add = cmd.add!;
  if (!add.db) throw new UsageError('study --add writes the learner database; it cannot be used with --no-db');
  const { analysis, preferences } = await analyse(add, io);
  const { wordCards } = await import('../cards/index.js');
  const words = wordCards(analysis, { max: add.max ?? undefined });
  const deckName = deckNameFor(analysis, add.inputs, add.deck);
  const db = openDatabase(databasePath(io.env));
  try {
    if (Object.keys(cmd.settings).length) saveStudyOptions(db, cmd.settings, io.now());
    const result = addWordsToCollection(db, deckName, words, add.cards ?? preferences.cardKinds, io.now().getTime());
    io.stdout.write(`Deck ${deckName}. ${studyLine(result)}\n`);
    return 0;
  } finally {
    db.close();
  }
}
