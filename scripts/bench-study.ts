/**
 * `npx tsx scripts/bench-study.ts` (also part of `npm run bench`): terminal study on a large
 * collection — 50,000 cards and 500,000 review-log rows in a temporary learner database.
 *  a. start-up: `zhcards study` run in a real terminal (tmux) with ZHCARDS_EXIT_AFTER_FIRST_FRAME=1,
 *     which leaves right after the first card is drawn; the same on an empty database (the
 *     "Nothing due" screen) is the baseline. Goal: ≤ 1.5× the empty start-up.
 *  b. per answer: reducer + the database commit (review row + card row), median and p95 over
 *     300 answers, in-process. Goal: median < 20 ms.
 * Options: --repeats N (start-up runs each, median; default 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addStudyNotes, insertReviewLog, openDatabase, type StudyNote } from '../src/storage/index.js';
import { applyEffects, loadSession } from '../src/collection/index.js';
import { createScheduler, reduceSession, startSession, type CardSchedule, type StudyCard, type StudyCardKind } from '../src/study/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TMUX = '/usr/bin/tmux';
const DAY = 86_400_000;
const CARDS = 50_000;
const LOGS = 500_000;
const KINDS: StudyCardKind[] = ['recognition', 'production', 'pinyin'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Deterministic pseudo-random numbers, so every run builds the same collection. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

export function fill(path: string, now: number): void {
  const db = openDatabase(path);
  const rand = rng(42);
  const scheduler = createScheduler();
  const notes: Array<{ note: StudyNote; cards: StudyCard[] }> = [];
  for (let n = 0; n * KINDS.length < CARDS; n++) {
    const guid = `bench-${n}`;
    const word = `词${n}`;
    const note: StudyNote = {
      guid, word, traditional: word, pinyin: 'cí', pinyinNumbered: 'ci2', meaning: `meaning ${n}`,
      sentence: `这是一个关于${word}的例句。`, sentencePinyin: 'zhè shì yí gè guān yú cí de lì jù', targetStart: 6, targetEnd: 6 + word.length, source: 'bench',
    };
    notes.push({ note, cards: KINDS.map((k) => scheduler.newCard(guid, k, word, now - 400 * DAY + n)) });
  }
  addStudyNotes(db, 'zhcards::bench', notes, now - 400 * DAY);
  // 90 % of cards are in review, due from 30 days ago to 90 days ahead (about 4 % due today)
  const ids = db.prepare('SELECT id FROM study_cards').pluck().all() as string[];
  const update = db.prepare("UPDATE study_cards SET state = 'review', due = ?, stability = ?, difficulty = ?, scheduled_days = ?, reps = ?, last_review = ? WHERE id = ?");
  db.transaction(() => {
    for (const id of ids) {
      if (rand() < 0.1) continue;
      const due = now + Math.floor((rand() * 120 - 30) * DAY);
      const stability = 1 + rand() * 60;
      update.run(due, stability, 3 + rand() * 5, Math.ceil(stability), 10, due - Math.ceil(stability) * DAY, id);
    }
  })();
  const base = scheduler.newSchedule(now);
  const prev: CardSchedule = { ...base, state: 'review', stability: 12.3, difficulty: 5.1, scheduledDays: 12, reps: 4, lastReview: now - 40 * DAY };
  const next: CardSchedule = { ...prev, due: now + 20 * DAY, stability: 20.5, scheduledDays: 20, reps: 5, lastReview: now - 20 * DAY };
  db.transaction(() => {
    for (let i = 0; i < LOGS; i++) {
      const cardId = ids[i % ids.length]!;
      const at = now - 365 * DAY + Math.floor((i / LOGS) * 364 * DAY);
      insertReviewLog(db, { id: `${cardId}@${at}`, cardId, reviewedAt: at, grade: rand() < 0.1 ? 'again' : 'good', previous: prev, next });
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Wall time of one `zhcards study` in a tmux terminal, start to exit after the first frame. */
function startup(home: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-tty-'));
  const sock = join(dir, 'sock');
  const out = join(dir, 'ms');
  const cmd = `s=$(date +%s%N); env -u CI ZHCARDS_HOME=${home} ZHCARDS_EXIT_AFTER_FIRST_FRAME=1 ${process.execPath} ${join(root, 'bin', 'zhcards.js')} study >/dev/null 2>${dir}/err; e=$(date +%s%N); echo $(( (e - s) / 1000000 )) > ${out}.tmp && mv ${out}.tmp ${out}`;
  execFileSync(TMUX, ['-S', sock, 'new-session', '-d', '-x', '100', '-y', '30', cmd]);
  const end = Date.now() + 60_000;
  while (!existsSync(out)) {
    if (Date.now() > end) throw new Error(`zhcards study did not finish: ${readFileSync(`${dir}/err`, 'utf8')}`);
    execFileSync('sleep', ['0.05']);
  }
  const ms = Number(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function answers(path: string, now: number, count: number): number[] {
  const db = openDatabase(path);
  const t0 = performance.now();
  const { queue, scheduler } = loadSession(db, now, { deck: null, options: { reviewsPerDay: count, newPerDay: 20 } });
  console.log(`  queue load (in-process)  ${(performance.now() - t0).toFixed(1)} ms for ${queue.main.length + queue.learning.length} cards`);
  let s = startSession(queue, now);
  const times: number[] = [];
  for (let i = 0; i < count && s.current; i++) {
    const at = now + i * 1000;
    const t = performance.now();
    s = reduceSession(s, { type: 'reveal' }, scheduler).state;
    const step = reduceSession(s, { type: 'grade', grade: i % 7 === 0 ? 'again' : 'good', now: at }, scheduler);
    applyEffects(db, step.effects, at);
    s = reduceSession(step.state, { type: 'next', now: at }, scheduler).state;
    times.push(performance.now() - t);
  }
  db.close();
  return times;
}

export function benchStudy(): void {
  const repeats = option('--repeats', 5);
  const dir = mkdtempSync(join(tmpdir(), 'zhcards-bench-study-'));
  try {
    const big = join(dir, 'big');
    const empty = join(dir, 'empty');
    const now = Date.now();
    const t0 = performance.now();
    fill(join(big, 'zhcards.db'), now);
    openDatabase(join(empty, 'zhcards.db')).close();
    console.log(`  built ${CARDS.toLocaleString('en')} cards + ${LOGS.toLocaleString('en')} review rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (existsSync(TMUX)) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < repeats; i++) {
        b.push(startup(empty));
        a.push(startup(big));
      }
      const [ma, mb] = [median(a), median(b)];
      console.log(`  first frame, empty database    ${String(mb).padStart(6)} ms (median of ${repeats}; all: ${b.join(', ')})`);
      console.log(`  first card, 50k cards/500k log ${String(ma).padStart(6)} ms (all: ${a.join(', ')})`);
      console.log(`  ratio                          ${(ma / mb).toFixed(2).padStart(6)} ×  (goal ≤ 1.5×)`);
    } else console.log('  (no /usr/bin/tmux: start-up not measured)');
    const times = answers(join(big, 'zhcards.db'), now, 300);
    console.log(`  per answer (reducer + commit)  median ${median(times).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms over ${times.length} answers (goal: median < 20 ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // what users run: the compiled build
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  console.log('Terminal study on a large collection');
  benchStudy();
}
