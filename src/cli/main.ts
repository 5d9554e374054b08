/**
 * The `zhcards` entry point: parse argv, run a command, map failures to one line on
 * stderr and an exit code. The only place that reads the clock, argv and env.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, ZhcardsError } from '../domain/errors.js';
import { articlesDir, databasePath, decksDir, projectRoot } from '../paths/index.js';
import { parseCommand, type Command } from './args.js';
import { styleFor } from './colors.js';
import { HELP } from './help.js';

const DEFAULT_TABLE_LIMIT = 30;

function sampleArticle(): string[] {
  const dir = articlesDir();
  const first = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort()[0];
  return first ? [join(dir, first)] : [];
}

/** Synchronous, batched writes: a huge JSON document is not queued up in memory behind a pipe. */
function writeChunks(chunks: Iterable<string>): void {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length > 1 << 20) {
      writeAll(batch);
      batch = '';
    }
  }
  if (batch) writeAll(batch);
}

function writeAll(text: string): void {
  const buf = Buffer.from(text);
  for (let off = 0; off < buf.length; ) {
    try {
      off += writeSync(1, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The reader went away (`| head`): nothing more to say.
      if (code === 'EPIPE') process.exit(0);
      // A non-blocking pipe that is full: wait for the reader and retry.
      if (code !== 'EAGAIN') throw e;
    }
  }
}

async function run(cmd: Command): Promise<number> {
  switch (cmd.name) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'version':
      process.stdout.write(`${JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version}\n`);
      return 0;
    case 'analyze': {
      // Heavy modules load only for the commands that need them: `--version` stays instant.
      const [{ loadAnalysis }, { formatTable, jsonChunks }] = await Promise.all([import('../pipeline/index.js'), import('./format-analysis.js')]);
      const analysis = await loadAnalysis(cmd);
      if (cmd.json) {
        writeChunks(jsonChunks(analysis, cmd.limit));
      } else {
        const style = styleFor(process.stdout, process.env);
        process.stdout.write(`${formatTable(analysis, style, cmd.limit ?? DEFAULT_TABLE_LIMIT, process.stdout.columns || 100, cmd.sort)}\n`);
      }
      return 0;
    }
    case 'export': {
      const { loadAnalysis } = await import('../pipeline/index.js');
      const analysis = await loadAnalysis(cmd);
      const [{ runExport }, { formatExportResult }] = await Promise.all([import('../export/index.js'), import('./export-message.js')]);
      // The learner database remembers what each export wrote, so the next one updates only
      // the notes whose content changed (`--no-db`: a run that reads and writes nothing there).
      const { openDatabase } = await import('../storage/index.js');
      const db = cmd.noDb ? null : openDatabase(databasePath(process.env));
      try {
        const result = await runExport({ analysis, inputs: cmd.inputs, options: cmd, decksDir: decksDir(), now: new Date(), db });
        process.stdout.write(`${formatExportResult(result, process.cwd())}\n`);
      } finally {
        db?.close();
      }
      return 0;
    }
    case 'app': {
      // The app reads keys from the terminal, so its article cannot come through stdin.
      if (cmd.inputs.includes('-')) throw new UsageError('the app reads keys from stdin; pipe text into `zhcards analyze -` instead');
      if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError('the app needs a terminal; for a report use `zhcards analyze FILE`');
      const { loadInputs } = await import('../pipeline/index.js');
      const { articles, known } = await loadInputs(cmd);
      process.stderr.write('zhcards: analysing…');
      const { runApp } = await import('../ui/run-app.js');
      return runApp({ articles, known, level: cmd.level, sort: cmd.sort, onReady: () => process.stderr.write('\r\x1b[2K') });
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(parseCommand(argv, sampleArticle()));
  } catch (e) {
    if (e instanceof ZhcardsError) {
      process.stderr.write(`zhcards: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`zhcards: unexpected error: ${err?.message ?? String(e)}\n`);
    if (process.env.ZHCARDS_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return 1;
  }
}

// Piping into `head` closes stdout early; that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
