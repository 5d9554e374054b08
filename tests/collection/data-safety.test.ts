import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { addStudyNotes, addKnownWords, countReviewLog, knownWordSet, listDecks, MIGRATIONS, openDatabase, schemaVersion } from '../../src/storage/index.js';
import { addWordsToCollection, studyNotesFromWords } from '../../src/collection/index.js';
import { createScheduler } from '../../src/study/index.js';
import { DAY, NOW } from '../study/helpers.js';
import { word, WORDS } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'zhcards-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const TMUX = '/usr/bin/tmux';

const MORE = [
  ...WORDS,
  word('电池', 'diàn chí', 'dian4 chi2', 'battery'),
  word('材料', 'cái liào', 'cai2 liao4', 'material'),
  word('专利', 'zhuān lì', 'zhuan1 li4', 'patent'),
];

/** Polls `check` every 50 ms until it returns a value (a process is running on its own clock). */
async function until<T>(check: () => T | undefined | false, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('study data safety', () => {
  it.skipIf(!existsSync(TMUX))('an answer shown as given survives SIGKILL of the study process', async () => {
    const home = join(tmp, 'kill');
    const dbPath = join(home, 'zhcards.db');
    const db = openDatabase(dbPath);
    // recognition cards only: Space reveals, 3 grades, the same keys for every card
    addStudyNotes(db, 'zhcards::kill', studyNotesFromWords(MORE, ['recognition'], createScheduler(), Date.now() - DAY), Date.now() - DAY);
    db.close();
    const sock = join(tmp, 'tmux.sock');
    const tmux = (...args: string[]) => execFileSync(TMUX, ['-S', sock, ...args], { encoding: 'utf8' });
    tmux('new-session', '-d', '-s', 'study', '-x', '100', '-y', '30', `exec env -u CI ZHCARDS_HOME=${home} NO_COLOR=1 ${process.execPath} ${join(root, 'bin', 'zhcards.js')} study`);
    try {
      const pid = Number(tmux('display-message', '-p', '-t', 'study', '#{pane_pid}').trim());
      const screen = () => tmux('capture-pane', '-p', '-t', 'study');
      const N = 5;
      for (let i = 1; i <= N; i++) {
        await until(() => screen().includes(`${i - 1} answered`) && screen().includes('Space/Enter show answer'), `card ${i}`);
        tmux('send-keys', '-t', 'study', 'Space');
        await until(() => screen().includes('3 Good'), `the answer of card ${i}`);
        tmux('send-keys', '-t', 'study', '3');
      }
      await until(() => screen().includes(`${N} answered`), `${N} answers on screen`);
      process.kill(pid, 'SIGKILL');
      await until(() => {
        try {
          process.kill(pid, 0);
          return false;
        } catch {
          return true;
        }
      }, 'the process to die');
      const reopened = openDatabase(dbPath);
      expect(countReviewLog(reopened)).toBe(N);
      // six new cards, so each of the five answers went to a different card
      expect(reopened.prepare("SELECT count(*) FROM study_cards WHERE state <> 'new'").pluck().get()).toBe(N);
      reopened.close();
    } finally {
      try {
        execFileSync(TMUX, ['-S', sock, 'kill-server'], { stdio: 'ignore' });
      } catch {
        // already gone with its only pane
      }
    }
  }, 120_000);

  it('two processes answering on the same database at once both land', async () => {
    const path = join(tmp, 'two', 'zhcards.db');
    const db = openDatabase(path);
    const many = Array.from({ length: 600 }, (_, i) => word(`词${i}`, 'cí', 'ci2', `word ${i}`));
    addWordsToCollection(db, 'zhcards::a', many.slice(0, 300), ['recognition'], NOW - DAY);
    addWordsToCollection(db, 'zhcards::b', many.slice(300), ['recognition'], NOW - DAY);
    db.close();
    // both start answering at the same moment, whatever their start-up times
    const startAt = Date.now() + 4000;
    const run = (deck: string) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'answer-worker.ts'), path, deck, String(NOW), String(startAt)], { cwd: root });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
      });
    const [a, b] = await Promise.all([run('zhcards::a'), run('zhcards::b')]);
    expect([a, b]).toEqual(['300', '300']);
    const check = openDatabase(path);
    expect(countReviewLog(check)).toBe(600);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 60_000);

  it('a version 1 database is upgraded with the study tables and keeps its data', () => {
    const path = join(tmp, 'v1', 'zhcards.db');
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    addKnownWords(v1, ['调研'], 'cli', new Date(NOW));
    v1.close();
    const raw = new BetterSqlite3(path);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'study_cards'").pluck().get()).toBe(0);
    raw.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(knownWordSet(db).has('调研')).toBe(true);
    addWordsToCollection(db, 'zhcards::测试', WORDS, ['recognition'], NOW);
    // 调研 is known: its note is not added
    expect(listDecks(db, NOW)[0]!.cards).toBe(4);
    db.close();
  });
});
