/**
 * Everything a command touches outside itself: output streams, environment, working folder
 * and the clock. main.ts passes the real process; tests pass their own to run commands
 * in-process, with a temporary ZHCARDS_HOME.
 */
import { writeSync } from 'node:fs';
import type { Env } from '../paths/index.js';

export interface OutStream {
  write(text: string): void;
  /** UTF-8 bytes, written before it returns (the caller reuses them); streams without it get text. */
  writeBytes?(bytes: Uint8Array): void;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdinIsTTY: boolean;
  env: Env;
  cwd: string;
  now(): Date;
}

/** Synchronous writes to fd 1: a huge JSON document is not queued up in memory behind a pipe. */
function writeAll(text: string): void {
  writeAllBytes(Buffer.from(text));
}

function writeAllBytes(buf: Uint8Array): void {
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

export function processIo(): CliIo {
  return {
    stdout: { write: writeAll, writeBytes: writeAllBytes, isTTY: process.stdout.isTTY, columns: process.stdout.columns },
    stderr: { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY, columns: process.stderr.columns },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Batches of about 1 MB, so a stream of small chunks is not a million tiny writes. */
export function writeChunks(out: OutStream, chunks: Iterable<string>): void {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length > 1 << 20) {
      out.write(batch);
      batch = '';
    }
  }
  if (batch) out.write(batch);
}
