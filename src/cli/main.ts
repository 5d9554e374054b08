/**
 * The `zhcards` entry point: the only place that hands the real process (argv, streams, env,
 * clock) to the commands; run.ts does the rest.
 */
import { processIo } from './io.js';
import { runCli } from './run.js';

// Piping into `head` closes stdout early; that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
