import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { createScheduler, formatInterval, undoAnswer, type GradeName, type StudyCard } from '../../src/study/index.js';

const T0 = Date.UTC(2026, 0, 5, 9, 0); // 2026-01-05 09:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Answers `grades` in turn, each exactly when the card comes due; returns each due date. */
function run(grades: GradeName[], retention = 0.9): { dues: string[]; card: StudyCard } {
  const s = createScheduler({ desiredRetention: retention, fuzz: false });
  let card = s.newCard('guid-调研', 'recognition', '调研', T0);
  let now = T0;
  const dues: string[] = [];
  for (const g of grades) {
    card = s.answer(card, g, now).card;
    dues.push(iso(card.schedule.due));
    now = card.schedule.due;
  }
  return { dues, card };
}

describe('scheduler', () => {
  it('gives exact due dates for a fixed grade sequence from a fixed date', () => {
    // Pinned once from the FSRS-6 formulas with ts-fsrs 5.4.2's default weights, computed by a
    // separate script written from the fsrs4anki wiki (not by ts-fsrs). At retention 0.9 the
    // interval is round(stability) days: Good on a new card takes the 10m learning step; the
    // second Good graduates with S0(Good) = w2 = 2.3065 → 2d; Good reviews reach S = 10.97 → 11d
    // and 46.32 → 46d; Again takes the 10m relearning step with S = 2.93; Good → 3d; then S =
    // 7.80 → 8d.
    const { dues, card } = run(['good', 'good', 'good', 'good', 'again', 'good', 'good']);
    expect(dues).toEqual([
      '2026-01-05T09:10:00.000Z',
      '2026-01-07T09:10:00.000Z',
      '2026-01-18T09:10:00.000Z',
      '2026-03-05T09:10:00.000Z',
      '2026-03-05T09:20:00.000Z',
      '2026-03-08T09:20:00.000Z',
      '2026-03-16T09:20:00.000Z',
    ]);
    expect(card.schedule).toMatchObject({ state: 'review', reps: 7, lapses: 1, scheduledDays: 8 });
    expect(card.schedule.stability).toBeCloseTo(7.7991, 3);
    expect(card.schedule.difficulty).toBeCloseTo(7.3634, 3);
  });

  it('matches ts-fsrs driven directly on its own Card (the record round trip loses nothing)', () => {
    const grades: GradeName[] = ['again', 'hard', 'good', 'easy', 'hard', 'again', 'good', 'easy'];
    const rating = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
    const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
    let direct = createEmptyCard(new Date(T0));
    let now = T0;
    const expected: number[] = [];
    for (const g of grades) {
      direct = f.next(direct, new Date(now), rating[g]).card;
      expected.push(direct.due.getTime());
      now = direct.due.getTime();
    }
    const s = createScheduler({ fuzz: false });
    let card = s.newCard('g', 'production', '调研', T0);
    now = T0;
    const got: number[] = [];
    for (const g of grades) {
      card = s.answer(card, g, now).card;
      got.push(card.schedule.due);
      now = card.schedule.due;
    }
    expect(got).toEqual(expected);
  });

  it('lower desired retention gives longer intervals', () => {
    // Easy on a new card: S0(Easy) = w3 = 8.2956. I(r, S) = S / factor · (r^(1/decay) − 1) gives
    // 8.30 → 8d at r = 0.9 and 27.51 → 28d at r = 0.8 (same script as above).
    expect(run(['easy'], 0.9).dues).toEqual([iso(T0 + 8 * DAY)]);
    expect(run(['easy'], 0.8).dues).toEqual([iso(T0 + 28 * DAY)]);
  });

  it('previews the four grades with Anki-style labels, equal to what answering gives', () => {
    const s = createScheduler({ fuzz: false });
    const card = s.newCard('g', 'recognition', '调研', T0);
    const preview = s.preview(card, T0);
    // learning steps 1m, 10m: Again → 1m, Hard → between them (5.5m, ts-fsrs rounds to 6m),
    // Good → 10m, Easy graduates at once → 8d
    expect(preview.map((p) => [p.grade, p.label])).toEqual([
      ['again', '1m'],
      ['hard', '6m'],
      ['good', '10m'],
      ['easy', '8d'],
    ]);
    for (const p of preview) expect(s.answer(card, p.grade, T0).card.schedule.due).toBe(p.due);
  });

  it('with fuzz, the interval is deterministic and the button shows what the answer gives', () => {
    const s = createScheduler({ fuzz: true });
    let card = s.newCard('g', 'recognition', '调研', T0);
    for (const g of ['good', 'good', 'good'] as const) card = s.answer(card, g, card.schedule.due).card;
    const later = card.schedule.due + 3 * 3_600_000;
    const shown = s.preview(card, card.schedule.due).find((p) => p.grade === 'good')!;
    const given = s.answer(card, 'good', card.schedule.due).card;
    expect(given.schedule.due).toBe(shown.due);
    // same card, same repetition, a few hours later the same day: same number of days
    const again = s.answer(card, 'good', later).card;
    expect(Math.round((again.schedule.due - later) / DAY)).toBe(Math.round((given.schedule.due - card.schedule.due) / DAY));
    expect(createScheduler({ fuzz: true }).answer(card, 'good', card.schedule.due).card).toEqual(given);
  });

  it('fuzz spreads cards answered alike over nearby days (the seed is the card id)', () => {
    const plain = createScheduler({ fuzz: false });
    const fuzzed = createScheduler({ fuzz: true });
    const days = new Set<number>();
    for (const word of ['调研', '考察', '研究', '调查', '分析', '讨论', '观察', '评估']) {
      let a = plain.newCard(`g-${word}`, 'recognition', word, T0);
      let b = fuzzed.newCard(`g-${word}`, 'recognition', word, T0);
      for (const g of ['good', 'good', 'good', 'good'] as const) {
        const now = a.schedule.due;
        a = plain.answer(a, g, now).card;
        b = fuzzed.answer(b, g, now).card;
      }
      // unfuzzed: 46d (see the pinned sequence); ts-fsrs fuzzes 46d within ±~3d
      expect(a.schedule.scheduledDays).toBe(46);
      expect(Math.abs(b.schedule.scheduledDays - 46)).toBeLessThanOrEqual(4);
      days.add(b.schedule.scheduledDays);
    }
    expect(days.size).toBeGreaterThan(1);
  });

  it('writes a review log row with the card, time, grade, previous and new state', () => {
    const s = createScheduler({ fuzz: false });
    const card = s.newCard('g', 'recognition', '调研', T0);
    const { card: next, log } = s.answer(card, 'again', T0 + 5 * MIN);
    expect(log).toEqual({
      id: `${card.id}@${T0 + 5 * MIN}`,
      cardId: card.id,
      reviewedAt: T0 + 5 * MIN,
      grade: 'again',
      previous: card.schedule,
      next: next.schedule,
    });
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });

  it('undo restores the exact previous state, and refuses a log the card has moved past', () => {
    const s = createScheduler({ fuzz: false });
    const a = s.newCard('g', 'recognition', '调研', T0);
    const r1 = s.answer(a, 'good', T0);
    const r2 = s.answer(r1.card, 'good', r1.card.schedule.due);
    expect(undoAnswer(r2.card, r2.log)).toEqual(r1.card);
    expect(undoAnswer(undoAnswer(r2.card, r2.log), r1.log)).toEqual(a);
    expect(() => undoAnswer(r2.card, r1.log)).toThrow(/answered again/);
  });

  it('refuses a desired retention outside 0.7–0.99', () => {
    expect(() => createScheduler({ desiredRetention: 1.2 })).toThrow(/between 0.7 and 0.99/);
  });
});

describe('formatInterval', () => {
  it('writes intervals as Anki answer buttons do', () => {
    expect(formatInterval(30_000)).toBe('<1m');
    expect(formatInterval(MIN)).toBe('1m');
    expect(formatInterval(10 * MIN)).toBe('10m');
    expect(formatInterval(90 * MIN)).toBe('1.5h');
    expect(formatInterval(DAY)).toBe('1d');
    expect(formatInterval(30 * DAY)).toBe('30d');
    // a month is a twelfth of 365 days: 106.46 days is 3.5 months
    expect(formatInterval(106.46 * DAY)).toBe('3.5mo');
    expect(formatInterval(365 * DAY)).toBe('1y');
    expect(formatInterval(1.5 * 365 * DAY)).toBe('1.5y');
  });
});
