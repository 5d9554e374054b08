import { describe, expect, it } from 'vitest';
import { buildDailyQueue, interleave, studyDay } from '../../src/study/index.js';
import { BEIJING, DAY, HOUR, MIN, NOW, card, log, review } from './helpers.js';

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('study day', () => {
  it('starts at the rollover hour in local time', () => {
    // 10:00 Beijing → the day began 04:00 Beijing (20:00 UTC the evening before)
    expect(studyDay(NOW, BEIJING)).toEqual({ start: Date.UTC(2026, 2, 9, 20), end: Date.UTC(2026, 2, 10, 20) });
    // 02:30 Beijing is still the previous study day
    const late = Date.UTC(2026, 2, 9, 18, 30);
    expect(studyDay(late, BEIJING).start).toBe(Date.UTC(2026, 2, 8, 20));
    // rollover at midnight UTC
    expect(studyDay(NOW, { utcOffsetMinutes: 0, rolloverHour: 0 }).start).toBe(Date.UTC(2026, 2, 10));
  });
});

describe('daily queue', () => {
  it('applies the new and review limits, less what the log already holds for today', () => {
    const reviews = words(250, 'r').map((w) => review(w, NOW - HOUR));
    const fresh = words(30, 'n').map((w, i) => card(w, {}, { createdAt: i }));
    const q = buildDailyQueue([...reviews, ...fresh], [], NOW, BEIJING);
    expect(q.counts).toEqual({ learning: 0, review: 200, new: 20 });
    // 5 new cards and 50 reviews already done today; one new card yesterday does not count
    const today = NOW - 2 * HOUR;
    const logs = [
      ...words(5, 'x').map((w) => log(`${w}:recognition`, today, 'new')),
      ...words(50, 'y').map((w) => log(`${w}:recognition`, today, 'review')),
      log('old:recognition', NOW - DAY, 'new'),
      log('step:recognition', today, 'learning'),
    ];
    const after = buildDailyQueue([...reviews, ...fresh], logs, NOW, { ...BEIJING, newPerDay: 10, reviewsPerDay: 100 });
    expect(after.counts).toEqual({ learning: 0, review: 50, new: 5 });
    // new cards oldest first
    expect(after.main.filter((c) => c.schedule.state === 'new').map((c) => c.word)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('a new study day starts at the rollover hour, with fresh limits', () => {
    const fresh = words(30, 'n').map((w, i) => card(w, {}, { createdAt: i }));
    // 20 new cards answered at 03:30 Beijing: the day before's study day
    const early = Date.UTC(2026, 2, 9, 19, 30);
    const logs = words(20, 'd').map((w) => log(`${w}:recognition`, early, 'new'));
    expect(buildDailyQueue(fresh, logs, early + 10 * MIN, BEIJING).counts.new).toBe(0); // 03:40, same day
    expect(buildDailyQueue(fresh, logs, early + 40 * MIN, BEIJING).counts.new).toBe(20); // 04:10, next day
  });

  it('puts learning cards first, takes reviews due by the end of the day, leaves later ones', () => {
    const cards = [
      review('later-today', NOW + 17 * HOUR), // 03:00 Beijing: before the 04:00 rollover
      review('overdue', NOW - 3 * DAY),
      review('tomorrow', NOW + 19 * HOUR), // 05:00 Beijing: the next study day
      card('step2', { state: 'learning', due: NOW + 5 * MIN, learningSteps: 1 }),
      card('relearn', { state: 'relearning', due: NOW - MIN }),
    ];
    const q = buildDailyQueue(cards, [], NOW, BEIJING);
    expect(q.learning.map((c) => c.word)).toEqual(['relearn', 'step2']);
    expect(q.main.map((c) => c.word)).toEqual(['overdue', 'later-today']);
  });

  it('never shows suspended cards or cards of known words', () => {
    const cards = [
      review('调研', NOW - HOUR),
      review('考察', NOW - HOUR, { suspended: true }),
      card('研究'),
      card('研究', {}, { kind: 'production' }),
      card('分析'),
    ];
    const q = buildDailyQueue(cards, [], NOW, { ...BEIJING, known: new Set(['研究']) });
    expect(q.main.map((c) => c.id)).toEqual(['guid-调研:recognition', 'guid-分析:recognition']);
  });

  it('introduces a word\'s cards on different days unless asked otherwise', () => {
    const cards = [
      card('研究', {}, { kind: 'production' }),
      card('研究', {}, { kind: 'pinyin' }),
      card('研究'),
      card('调研', {}, { kind: 'production', createdAt: 1 }),
      card('分析', {}, { createdAt: 2 }),
    ];
    expect(buildDailyQueue(cards, [], NOW, BEIJING).main.map((c) => c.id)).toEqual([
      'guid-研究:recognition',
      'guid-调研:production',
      'guid-分析:recognition',
    ]);
    // 研究's recognition card was introduced earlier today: its siblings wait for tomorrow
    const logs = [log('guid-研究:recognition', NOW - HOUR, 'new')];
    expect(buildDailyQueue(cards.slice(0, 2), logs, NOW, BEIJING).main).toEqual([]);
    expect(buildDailyQueue(cards.slice(0, 2), logs, NOW + 18 * HOUR, BEIJING).main.map((c) => c.kind)).toEqual(['production']);
    // all siblings at once, in export order
    expect(buildDailyQueue(cards, [], NOW, { ...BEIJING, newSiblingsSameDay: true }).main.map((c) => c.id).slice(0, 3)).toEqual([
      'guid-研究:recognition',
      'guid-研究:production',
      'guid-研究:pinyin',
    ]);
  });

  it('spreads new cards evenly among reviews', () => {
    const r = words(6, 'r').map((w) => review(w, NOW - HOUR));
    const n = words(2, 'n').map((w) => card(w));
    expect(interleave(r, n).map((c) => c.word)).toEqual(['r0', 'r1', 'r2', 'n0', 'r3', 'r4', 'r5', 'n1']);
    expect(interleave(r.slice(0, 2), words(4, 'n').map((w) => card(w))).map((c) => c.word)).toEqual(['r0', 'n0', 'r1', 'n1', 'n2', 'n3']);
    expect(interleave([], n).map((c) => c.word)).toEqual(['n0', 'n1']);
  });

  it('refuses a negative limit', () => {
    expect(() => buildDailyQueue([], [], NOW, { newPerDay: -3 })).toThrow(/whole number/);
  });
});
