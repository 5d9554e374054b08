// Runs the CLI in-process with captured streams and its own temporary ZHCARDS_HOME, or
// (for the few end-to-end checks) spawns the real binary the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/run.js';

export const root = join(import.meta.dirname, '..', '..');
export const article = join(root, 'articles', '02-high-speed-rail.txt');

export interface Result {
  code: number | null;
  out: string;
  err: string;
}

/** A fresh folder to use as ZHCARDS_HOME (nothing is created in it until a command does). */
export function tempHome(): string {
  return join(mkdtempSync(join(tmpdir(), 'zhcards-home-')), 'home');
}

export function tempDir(prefix = 'zhcards-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `threads`: leave ZHCARDS_WORKERS unset, as a user does (long inputs then start a segmenter thread). */
export async function zhcards(args: string[], opts: { home: string; now?: Date; cwd?: string; threads?: boolean }): Promise<Result> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: { write: (t) => void (out += t), isTTY: false, columns: 100 },
    stderr: { write: (t) => void (err += t), isTTY: false },
    stdinIsTTY: false,
    // One thread, as analysis tests elsewhere: each run would otherwise start a segmenter thread
    // that loads nodejieba anew. The spawned CLI (spawnZhcards) and tests/pipeline/cut-ahead
    // cover the default, nodejieba on a thread of its own.
    env: { ZHCARDS_HOME: opts.home, NO_COLOR: '1', ...(opts.threads ? {} : { ZHCARDS_WORKERS: '0' }) },
    cwd: opts.cwd ?? root,
    now: () => opts.now ?? new Date('2026-11-30T08:00:00Z'),
  });
  return { code, out, err };
}

export function spawnZhcards(args: string[], opts: { home: string; input?: string }): Result {
  const env = { ...process.env, NO_COLOR: '1', ZHCARDS_HOME: opts.home };
  const r = spawnSync(process.execPath, [join(root, 'bin', 'zhcards.js'), ...args], { cwd: root, input: opts.input, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function expectOneLineError(r: Result, code: number, pattern: RegExp): void {
  expect(r.code, r.err).toBe(code);
  expect(r.out).toBe('');
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^zhcards: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.err).not.toMatch(/\n\s+at /);
}
