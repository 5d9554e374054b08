import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { addWordsToCollection } from '../../src/collection/index.js';
import { addStudyNotes, countReviewLog, getStudyCard, knownWordSet, openMemoryDatabase } from '../../src/storage/index.js';
import { createScheduler } from '../../src/study/index.js';
import { studyNotesFromWords } from '../../src/collection/index.js';
import { StudyApp } from '../../src/ui/study/index.js';
import { BEIJING, DAY, NOW } from '../study/helpers.js';
import { WORDS } from '../collection/helpers.js';

const strip = (s: string | undefined) => (s ?? '').replace(/\x1b\[[0-9;]*m/g, '');

/** Polls the frame until it satisfies `ok` (never a fixed sleep). */
async function frameWhere(lastFrame: () => string | undefined, ok: (f: string) => boolean, what: string): Promise<string> {
  const until = Date.now() + 3000;
  for (;;) {
    const f = strip(lastFrame());
    if (ok(f)) return f;
    if (Date.now() > until) throw new Error(`no frame with ${what}; last:\n${f}`);
    await new Promise((r) => setImmediate(r));
  }
}

function collection(kinds: Array<'recognition' | 'production' | 'pinyin'>) {
  const db = openMemoryDatabase();
  addStudyNotes(db, 'zhcards::测试', studyNotesFromWords(WORDS, kinds, createScheduler(), NOW - DAY), NOW - DAY);
  return db;
}

const options = { ...BEIJING, fuzz: false };

describe('the review screen', () => {
  it('front → reveal → grade with intervals on the buttons; the answer is in the database before the next card shows; undo takes it back', async () => {
    const db = collection(['recognition']);
    const { lastFrame, stdin, unmount } = render(<StudyApp db={db} deck={null} now={() => NOW} options={options} onExit={() => {}} />);
    const front = await frameWhere(lastFrame, (f) => f.includes('调 研'), 'the first word, spaced');
    expect(front).toContain('3 new');
    expect(front).not.toContain('diào yán');
    expect(front).toContain('他们去农村调研了。');
    stdin.write(' ');
    const back = await frameWhere(lastFrame, (f) => f.includes('diào yán'), 'the pinyin');
    expect(back).toContain('to investigate');
    // ts-fsrs defaults, no fuzz: a new card's buttons
    expect(back).toMatch(/1 Again 1m .*2 Hard 6m .*3 Good 10m .*4 Easy \d+d/);
    stdin.write('3');
    const next = await frameWhere(lastFrame, (f) => f.includes('绿 色'), 'the second word');
    expect(next).toContain('1 answered');
    expect(countReviewLog(db)).toBe(1);
    const firstId = db.prepare('SELECT card_id FROM review_log').pluck().get() as string;
    expect(getStudyCard(db, firstId)!.schedule.state).toBe('learning');
    stdin.write('u');
    await frameWhere(lastFrame, (f) => f.includes('调 研') && f.includes('0 answered'), 'the first word again');
    expect(countReviewLog(db)).toBe(0);
    expect(getStudyCard(db, firstId)!.schedule.state).toBe('new');
    unmount();
  });

  it('pinyin drill: typed reading is checked syllable by syllable and the suggested grade is preselected', async () => {
    const db = collection(['pinyin']);
    const { lastFrame, stdin, unmount } = render(<StudyApp db={db} deck={null} now={() => NOW} options={options} onExit={() => {}} />);
    await frameWhere(lastFrame, (f) => f.includes('Type the reading'), 'the drill prompt');
    for (const ch of 'diao4yan3') stdin.write(ch);
    await frameWhere(lastFrame, (f) => f.includes('diao4yan3'), 'the typed text');
    stdin.write('\r');
    const checked = await frameWhere(lastFrame, (f) => f.includes('Not quite'), 'the verdict');
    expect(checked).toMatch(/diao4 ✓/);
    expect(checked).toMatch(/yan2 tone \(you: yan3\)/);
    expect(checked).toContain('Enter = Hard');
    stdin.write('\r');
    await frameWhere(lastFrame, (f) => f.includes('1 answered'), 'the next card');
    expect(countReviewLog(db)).toBe(1);
    const row = db.prepare('SELECT grade FROM review_log').pluck().get();
    expect(row).toBe('hard');
    unmount();
  });

  it('production shows the meaning with the word blanked; m marks the word known in the database; t shows stats', async () => {
    const db = collection(['production']);
    const { lastFrame, stdin, unmount } = render(<StudyApp db={db} deck={null} now={() => NOW} options={options} onExit={() => {}} />);
    const front = await frameWhere(lastFrame, (f) => f.includes('to investigate'), 'the meaning');
    expect(front).toContain('他们去农村＿＿了。');
    expect(front).not.toContain('调');
    stdin.write('m');
    await frameWhere(lastFrame, (f) => f.includes('green'), 'the next word');
    expect(knownWordSet(db).has('调研')).toBe(true);
    stdin.write('t');
    const stats = await frameWhere(lastFrame, (f) => f.includes('Due in the next 7 days'), 'the stats');
    expect(stats).toContain('Cards: 2 new · 0 learning · 0 review · 0 suspended · 1 of known words');
    unmount();
  });

  it('an empty queue says when the next card is due', async () => {
    const db = openMemoryDatabase();
    addWordsToCollection(db, 'zhcards::测试', WORDS.slice(0, 1), ['recognition'], NOW - DAY);
    db.prepare("UPDATE study_cards SET state = 'review', due = ?, stability = 3, last_review = ?").run(NOW + 3 * DAY, NOW - DAY);
    const { lastFrame, unmount } = render(<StudyApp db={db} deck={null} now={() => NOW} options={options} onExit={() => {}} />);
    expect(await frameWhere(lastFrame, (f) => f.includes('Nothing due'), 'the empty screen')).toContain('next card due in 3d');
    unmount();
  });
});
