// bin/zhcards.js on Linux starts itself again with glibc's huge-page setting: the real process
// must get the setting, see the same stdin, pass on its exit code, and not outlive a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, spawnZhcards, tempHome } from './helpers.js';

const THP = '/sys/kernel/mm/transparent_hugepage/enabled';
const relaunches = process.platform === 'linux' && existsSync(THP) && !readFileSync(THP, 'utf8').includes('[never]') && !process.env.GLIBC_TUNABLES;

// Some glibc versions parse GLIBC_TUNABLES in place: /proc then shows a NUL between settings.
const SETTINGS = /^GLIBC_TUNABLES=glibc\.malloc\.hugetlb=1[:\n]glibc\.malloc\.arena_max=1$/m;

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // Field 4 of /proc/PID/stat, after the command name in parentheses, is the parent pid.
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until<T>(f: () => T | undefined, what: string): Promise<T> {
  const end = Date.now() + 20_000;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('the launcher', () => {
  it.skipIf(!relaunches)('runs the analysis in a child with glibc huge-page and one-arena settings, which a SIGTERM to the launcher ends', async () => {
    const env = { ...process.env, NO_COLOR: '1', ZHCARDS_HOME: tempHome() };
    // Reading stdin that never ends keeps the analysis waiting.
    const launcher: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'zhcards.js'), 'analyze', '-', '--no-db'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => launcher.on('exit', (_code, signal) => resolve(signal)));
    const child = await until(() => childrenOf(launcher.pid!)[0], 'the child process');
    // Between fork and exec the child still has the launcher's environment (or, mid-exec, none),
    // so wait for the exec'd program's; it never gets the settings if the launcher did not give them.
    const environ = () => {
      try {
        return readFileSync(`/proc/${child}/environ`, 'utf8').replaceAll('\0', '\n');
      } catch {
        return '';
      }
    };
    await until(() => (SETTINGS.test(environ()) ? true : undefined), 'the settings in the child').catch(() => undefined);
    expect(environ()).toMatch(SETTINGS);
    launcher.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await until(() => (alive(child) ? undefined : true), 'the child to end');
  }, 30_000);

  it('keeps stdin, output and exit codes whether or not it starts itself again', () => {
    for (const pages of ['1', '0']) {
      const home = tempHome();
      const ok = spawnZhcardsWith(pages, ['analyze', '-', '--no-db', '--json'], home, '我们今天去火车站买车票。');
      expect(ok.code, ok.err).toBe(0);
      expect(JSON.parse(ok.out).sentences[0].text).toBe('我们今天去火车站买车票。');
      const missing = spawnZhcardsWith(pages, ['analyze', join(root, 'no-such-file.txt')], home);
      expect(missing.code).toBe(1);
      expect(missing.err.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});

function spawnZhcardsWith(pages: string, args: string[], home: string, input?: string) {
  const saved = process.env.ZHCARDS_HUGE_PAGES;
  process.env.ZHCARDS_HUGE_PAGES = pages;
  try {
    return spawnZhcards(args, { home, input });
  } finally {
    if (saved === undefined) delete process.env.ZHCARDS_HUGE_PAGES;
    else process.env.ZHCARDS_HUGE_PAGES = saved;
  }
}
