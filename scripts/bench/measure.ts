/** Runs whole processes and reports wall time, CPU time (all threads) and peak memory (medians over repeats). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBE = new URL('./rss-probe.cjs', import.meta.url).pathname;

export interface Sample {
  seconds: number;
  /** User + system CPU of the whole process: less sensitive than wall time to a loaded machine. */
  cpuSeconds: number;
  peakMb: number;
}

/** A node command line, or one with extra environment variables. */
export type Command = string[] | { args: string[]; env: Record<string, string> };

export function runOnce(command: Command, cwd: string): Sample {
  const { args, env } = Array.isArray(command) ? { args: command, env: {} } : command;
  const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', PROBE, ...args], {
    cwd,
    env: { ...process.env, ...env, ZHCARDS_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr?.toString().trim()}`);
  // One line per node process: zhcards on Linux starts itself again (bin/zhcards.js), and both
  // processes count. Peaks are added, as both are alive at the child's peak.
  let kb = 0;
  let cpuMicros = 0;
  for (const line of readFileSync(rssFile, 'utf8').trim().split('\n')) {
    const [k, c] = line.split(' ').map(Number);
    kb += k!;
    cpuMicros += c!;
  }
  rmSync(dir, { recursive: true, force: true });
  return { seconds, cpuSeconds: cpuMicros / 1e6, peakMb: kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Alternates the commands so machine noise hits them alike; returns medians per command. */
export function compare(commands: Record<string, Command>, repeats: number, cwd: string): Record<string, Sample> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < repeats; i++) {
    for (const [name, args] of Object.entries(commands)) samples[name]!.push(runOnce(args, cwd));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { seconds: median(s.map((x) => x.seconds)), cpuSeconds: median(s.map((x) => x.cpuSeconds)), peakMb: median(s.map((x) => x.peakMb)) }]),
  );
}
