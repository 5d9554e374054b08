/**
 * The real app in a real pseudo-terminal (tmux): open a fixture article, mark a word known,
 * leave one out, export to a chosen file, quit; then read the .apkg and the learner database.
 * Waits by polling tmux's screen, never by sleeping a fixed time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listKnownWords, openDatabase, recentArticles } from '../../src/storage/index.js';
import { openApkg } from '../anki/helpers.js';
import { fixture, root, waitFor } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const home = mkdtempSync(join(tmpdir(), 'zhcards-e2e-'));
const socket = `zhcards-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'app');
const send = (keys: string) => tmux('send-keys', '-t', 'app', '-l', keys);
const press = (key: string) => tmux('send-keys', '-t', 'app', key);
const until = (matches: (f: string) => boolean) => waitFor(screen, matches, 90_000);

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('the app in a terminal', () => {
  it('marks a word known, curates, exports an .apkg and records it all in the database', { timeout: 240_000 }, async () => {
    const out = join(home, 'tea.apkg');
    const exitFile = join(home, 'exit-code');
    const command = `cd '${root}' && env -u CI ZHCARDS_HOME='${home}' node bin/zhcards.js '${fixture('tea-market.txt')}'; echo $? > '${exitFile}'; sleep 600`;
    tmux('new-session', '-d', '-s', 'app', '-x', '100', '-y', '30', command);
    const first = await until((f) => /(\d+) of \1 hard words selected/.test(f));
    const total = Number(/(\d+) of \1 hard words selected/.exec(first)![1]);
    const rowWord = (f: string, marker: string) => new RegExp(`${marker}([^\\s]+)\\s`).exec(f)![1]!;
    const known = rowWord(first, '›✓');

    send('m');
    const afterMark = await until((f) => f.includes(`${known} marked known`));
    const left = rowWord(afterMark, '›✓');
    send(' ');
    await until((f) => f.includes(`›·${left}`) && f.includes(`${total - 2} of ${total - 1} hard words selected`));

    send('5');
    await until((f) => f.includes('output file'));
    send('jjjjj');
    press('Enter');
    send(out);
    press('Enter');
    await until((f) => f.includes(`output file   ${out.slice(0, 20)}`));
    send('e');
    const done = await until((f) => f.includes('Wrote '));
    expect(done).toContain(`${total - 2} notes`);
    send('q');
    await waitFor(() => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8') : ''), (s) => s.trim() !== '', 30_000);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');

    const apkg = await openApkg(out);
    const fronts = (apkg.db.prepare('SELECT flds FROM notes').all() as Array<{ flds: string }>).map((n) => n.flds.split('\x1f')[0]!);
    expect(fronts).toHaveLength(total - 2);
    expect(fronts).not.toContain(known);
    expect(fronts).not.toContain(left);
    apkg.db.close();

    const db = openDatabase(join(home, 'zhcards.db'));
    try {
      expect(listKnownWords(db).map((w) => [w.word, w.source])).toEqual([[known, 'app']]);
      expect(recentArticles(db).map((a) => a.path)).toEqual([fixture('tea-market.txt')]);
    } finally {
      db.close();
    }
  });

  it('refuses to start without a terminal, with one line and a non-zero exit', () => {
    const r = spawnSync(process.execPath, ['bin/zhcards.js', fixture('tea-market.txt')], { cwd: root, env: { ...process.env, ZHCARDS_HOME: home }, encoding: 'utf8', input: '' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe('zhcards: the app needs a terminal; for a report use `zhcards analyze FILE`');
    expect(r.stdout).toBe('');
  });
});
