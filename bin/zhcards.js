#!/usr/bin/env node
// Runs the compiled build (dist/, made on install by `npm run build`) when it is at least as
// new as every source file; otherwise runs the TypeScript sources through tsx, so an edit
// never runs stale code. Compiled start-up is about half a second faster.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// On Linux, nodejieba's dictionary load is a third page faults: the kernel hands glibc's
// allocator memory 4 KB at a time. glibc ≥ 2.35 can ask for transparent huge pages instead,
// but reads its settings only when a process starts, so zhcards starts itself once more with
// them (≈ 40 ms) and saves 1–3 s on every load of the segmenter. nodejieba loads on a thread of
// its own (src/pipeline/cutter-thread.ts), whose allocations glibc would give an arena of their
// own without the huge-page advice (≈ 0.4 s slower); one arena for all threads keeps it.
// ZHCARDS_HUGE_PAGES=0 turns this off; settings GLIBC_TUNABLES already names are left alone.
const TUNABLES = ['glibc.malloc.hugetlb=1', 'glibc.malloc.arena_max=1'];
const named = (env, tunable) => (env.GLIBC_TUNABLES ?? '').includes(tunable.split('=')[0]);

// Commands that never load the segmenter start as they are.
const WITHOUT_SEGMENTER = new Set(['study', 'known', 'ignored', 'help', '--help', '-h', 'version', '--version', '-v']);

function hugePagesWanted(env) {
  if (process.platform !== 'linux' || env.ZHCARDS_HUGE_PAGES === '0') return false;
  if (WITHOUT_SEGMENTER.has(process.argv[2] ?? '')) return false;
  if (TUNABLES.every((t) => named(env, t))) return false;
  try {
    // "always [madvise] never": the allocator's advice counts unless the kernel says never.
    return !readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8').includes('[never]');
  } catch {
    return false;
  }
}

if (hugePagesWanted(process.env)) {
  const tunables = [process.env.GLIBC_TUNABLES, ...TUNABLES.filter((t) => !named(process.env, t))].filter(Boolean).join(':');
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, GLIBC_TUNABLES: tunables },
  });
  // A terminal's Ctrl-C reaches both processes; signals sent to this one alone are passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`zhcards: cannot start: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  await run();
}

/** The compiled build when it is at least as new as every source file, else the sources via tsx. */
async function run() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const stamp = `${root}dist/.built`;
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource(`${root}src`)) {
    await import('../dist/src/cli/main.js');
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
