/**
 * The app's start-up in a real pseudo-terminal (tmux): milliseconds from process start to the
 * first frame and to a usable word list, as the process itself reports them (ZHCARDS_BENCH_MARKS).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tmuxAvailable = () => spawnSync('tmux', ['-V']).status === 0;

/** Runs `args` (node arguments) in tmux until every mark in `wait` is written; returns the marks. */
export function startMarks(args: string[], wait: string[], cwd: string): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-app-'));
  const marks = join(dir, 'marks');
  const socket = `zhcards-bench-${process.pid}`;
  const quoted = [process.execPath, ...args].map((a) => `'${a}'`).join(' ');
  try {
    execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '100', '-y', '30', `cd '${cwd}' && env -u CI ZHCARDS_HOME='${dir}' ZHCARDS_BENCH_MARKS='${marks}' ${quoted}; sleep 60`]);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const found = existsSync(marks) ? Object.fromEntries(readFileSync(marks, 'utf8').trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k!, Number(v)])) : {};
      if (wait.every((w) => w in found)) return found;
      if (Date.now() > deadline) throw new Error(`${args.join(' ')}: no ${wait.join(', ')} after 120 s`);
      execFileSync('sleep', ['0.02']);
    }
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchAppStart(root: string, article: string, repeats: number): void {
  console.log('\n4. the app in a terminal (tmux): first frame vs a bare Ink "hello"; word list usable');
  if (!tmuxAvailable()) {
    console.log('  skipped: tmux is not installed');
    return;
  }
  const app: Array<Record<string, number>> = [];
  const bare: number[] = [];
  for (let i = 0; i < repeats; i++) {
    bare.push(startMarks(['scripts/bench/bare-ink.mjs'], ['first-frame'], root)['first-frame']!);
    app.push(startMarks(['bin/zhcards.js', article, '--no-db'], ['first-frame', 'words-ready'], root));
  }
  const first = median(app.map((m) => m['first-frame']!));
  const ready = median(app.map((m) => m['words-ready']!));
  const hello = median(bare);
  console.log(`  bare Ink hello   ${hello.toFixed(0).padStart(7)} ms to first frame`);
  console.log(`  zhcards          ${first.toFixed(0).padStart(7)} ms to first frame`);
  console.log(`  ratio            ${(first / hello).toFixed(2).padStart(7)} ×   (goal ≤ 1.5×)`);
  console.log(`  word list usable ${ready.toFixed(0).padStart(7)} ms (dictionary, segmenter and analysis in the worker)`);
}
