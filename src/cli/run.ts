/**
 * Runs one parsed command line against an io (real process or a test's) and maps failures
 * to one line on stderr and an exit code. Heavy modules load only for the commands that
 * need them, so `--version` and `known list` stay quick.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, ZhcardsError } from '../domain/errors.js';
import { articlesDir, databasePath, decksDir, projectRoot } from '../paths/index.js';
// errors.js only, so better-sqlite3 is not loaded for --version or help.
import { storageError } from '../storage/errors.js';
import type { CardKind } from '../cards/index.js';
import type { Analysis } from '../domain/types.js';
import type { Preferences } from '../learner/index.js';
import type { CutterThread } from '../pipeline/index.js';
import { parseCommand, type AnalysisOptions, type Command } from './args.js';
import { styleFor } from './colors.js';
import { helpFor } from './help.js';
import type { CliIo } from './io.js';
import { learnerSystem, openLearner, rememberChoices } from './learner-db.js';
import { DEFAULT_LEVEL } from '../learner/preferences.js';
import { progressBar } from './progress.js';
import { FREQ_SCALE, HSK2, HSK3_SCALE } from '../levels/index.js';

/**
 * The app's levels end at the system's top. A built-in's is known here; a list file's only
 * once the worker has read it (the app does not load the dictionary on its drawing thread).
 */
function appLevel(cmd: { level: number | null; knownLevel: number | null }, prefs: Preferences): number {
  const scale = { hsk2: HSK2, hsk3: HSK3_SCALE, freq: FREQ_SCALE }[prefs.levels];
  const top = scale?.names.length ?? Infinity;
  if (scale && cmd.level !== null && cmd.level > top) throw new UsageError(`--level must be a whole number from 1 to ${top} for ${scale.title}, got '${cmd.level}'`);
  // --known-level N: every word of level ≤ N is known, as in `analyze` (the level is at least N).
  return Math.min(Math.max(prefs.level, cmd.knownLevel ?? 0), top);
}

const DEFAULT_TABLE_LIMIT = 30;

function sampleArticle(): string[] {
  const dir = articlesDir();
  const first = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort()[0];
  return first ? [join(dir, first)] : [];
}

async function run(cmd: Command, io: CliIo): Promise<number> {
  switch (cmd.name) {
    case 'help':
      io.stdout.write(helpFor(cmd.topic));
      return 0;
    case 'version':
      io.stdout.write(`${JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version}\n`);
      return 0;
    case 'level': {
      const { runLevel } = await import('./level-command.js');
      return runLevel(cmd, io);
    }
    case 'levels': {
      const { runLevels } = await import('./level-command.js');
      return runLevels(cmd, io);
    }
    case 'known':
    case 'ignored': {
      const { runWordList } = await import('./word-list-command.js');
      return await runWordList(cmd, io);
    }
    case 'analyze': {
      const [{ formatTable, writeAnalysisJson }, { analysis, preferences }] = await Promise.all([import('./format-analysis.js'), analyseWithLearner(cmd, io)]);
      if (cmd.json) {
        writeAnalysisJson(analysis, cmd.limit, io.stdout);
      } else {
        const style = styleFor(io.stdout, io.env);
        io.stdout.write(`${formatTable(analysis, style, cmd.limit ?? DEFAULT_TABLE_LIMIT, io.stdout.columns || 100, preferences.sort)}\n`);
      }
      return 0;
    }
    case 'export': {
      const { analysis, preferences } = await analyseWithLearner(cmd, io);
      const [{ runExport }, { formatExportResult }] = await Promise.all([import('../export/index.js'), import('../export/result-message.js')]);
      const options = { ...cmd, cards: preferences.cardKinds };
      // The learner database: the export ledger (only changed notes update in Anki) and the
      // study collection; --no-db leaves both alone.
      const { openDatabase } = await import('../storage/index.js');
      const db = cmd.db ? openDatabase(databasePath(io.env)) : null;
      try {
        const result = await runExport({ analysis, inputs: cmd.inputs, options, decksDir: decksDir(), now: io.now(), db, studyDb: db });
        io.stdout.write(`${formatExportResult(result, io.cwd)}\n`);
      } finally {
        db?.close();
      }
      return 0;
    }
    case 'study': {
      const { runStudy } = await import('./study-command.js');
      return runStudy(cmd, io, analyseWithLearner);
    }
    case 'app': {
      // The app reads keys from the terminal, so its article cannot come through stdin.
      if (cmd.inputs.includes('-')) throw new UsageError('the app reads keys from stdin; pipe text into `zhcards analyze -` instead');
      if (!io.stdinIsTTY || !io.stdout.isTTY) throw new UsageError('the app needs a terminal; for a report use `zhcards analyze FILE`');
      const learner = await openLearner(cmd, io);
      try {
        await rememberChoices(learner, cmd, io.now());
        // The app reads the articles itself, in the background, and records them as it opens them.
        const { runApp } = await import('../ui/run-app.js');
        const { sort, cardKinds, levels } = learner.preferences;
        return await runApp({
          inputs: cmd.inputs,
          libraryUnder: Boolean(cmd.fromDefault),
          encoding: cmd.encoding,
          knownFile: cmd.known,
          levels,
          level: appLevel(cmd, learner.preferences),
          sort,
          cards: cardKinds,
          db: learner.db,
          articlesDir: articlesDir(),
          decksDir: decksDir(),
          cwd: io.cwd,
          env: io.env,
        });
      } finally {
        learner.db?.close();
      }
    }
  }
}

/**
 * analyze and export: the learner's words and preferences from the database (unless --no-db),
 * the inputs, the analysis; then the articles are recorded and explicit choices remembered.
 * The database is opened first, so a damaged one is reported before minutes of analysis.
 */
export async function analyseWithLearner(cmd: AnalysisOptions & { cards?: CardKind[] | null }, io: CliIo): Promise<{ analysis: Analysis; preferences: Preferences }> {
  const parallel = workerSetting(io.env);
  let learner: Awaited<ReturnType<typeof openLearner>> | undefined;
  // Set by startCutter below, from inside loadInputs.
  const threads: { cutter?: CutterThread } = {};
  try {
    learner = await openLearner(cmd, io);
    const { loadInputs, analyzeInWorkers, readsInWorkers, CutterThread, WORKER_THRESHOLD_CHARS } = await import('../pipeline/index.js');
    // A long input: nodejieba loads on a thread of its own while this one reflows the input and
    // loads the lexicon, unless ZHCARDS_WORKERS says otherwise. Only once the inputs are checked
    // (a load cannot be stopped, and would delay the report of a mistyped path), and not for an
    // article or two, which this thread reads as fast without a second one to wait for.
    const startCutter = (chars: number) => {
      if (parallel.workers === undefined && chars >= WORKER_THRESHOLD_CHARS) (threads.cutter = new CutterThread()).load();
    };
    const system = await learnerSystem(learner, cmd);
    const { level, sort } = learner.preferences;
    const { articles, known } = await loadInputs(cmd, learner.notHard, startCutter);
    const bytes = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + Buffer.byteLength(p.text), 0), 0);
    const progress = progressBar(io.stderr, bytes);
    // A long input's reading starts its worker threads before this thread loads the segmenter.
    if (!readsInWorkers(articles, parallel)) await loadEngine(!threads.cutter);
    let analysis: Analysis;
    try {
      analysis = await analyzeInWorkers(articles, { level: Math.max(level, cmd.knownLevel ?? 0), known, sort, system, onProgress: progress?.update, cutter: threads.cutter, ...parallel });
    } finally {
      progress?.finish();
    }
    if (learner.db) (await import('../learner/index.js')).recordOpenedArticles(learner.db, articles, io.cwd, io.now());
    await rememberChoices(learner, cmd, io.now());
    return { analysis, preferences: learner.preferences };
  } finally {
    await threads.cutter?.close();
    learner?.db?.close();
  }
}

/**
 * A cold start's two big loads at once: the lexicon artefact (12 MB) is read on the I/O
 * thread pool while the segmenter's dictionaries load on this thread (unless a CutterThread
 * loads them), which takes seconds.
 */
async function loadEngine(segmenter: boolean): Promise<void> {
  const [{ prefetchLexicon }, { loadSegmenter }] = await Promise.all([import('../lexicon/index.js'), import('../segment/index.js')]);
  const read = prefetchLexicon();
  if (segmenter) loadSegmenter();
  await read;
}

/**
 * ZHCARDS_WORKERS=N: read inputs over ~1 MB on N worker threads besides this one; 0: this thread
 * does everything, nodejieba included. Unset: nodejieba on a thread of its own (CutterThread).
 */
function workerSetting(env: CliIo['env']): { workers?: number } {
  const n = Number.parseInt(env.ZHCARDS_WORKERS ?? '', 10);
  return Number.isInteger(n) && n >= 0 ? { workers: n } : {};
}

/** The whole CLI for one argv: never throws; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(parseCommand(argv, sampleArticle()), io);
  } catch (e) {
    // A database damaged past its header shows up at the first query, not at opening.
    const mapped = storageError(e, databasePath(io.env));
    if (mapped instanceof ZhcardsError) {
      io.stderr.write(`zhcards: ${mapped.message}\n`);
      return mapped.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`zhcards: unexpected error: ${err?.message ?? String(e)}\n`);
    if (io.env.ZHCARDS_DEBUG) io.stderr.write(`${err?.stack}\n`);
    return 1;
  }
}
