import { describe, expect, it } from 'vitest';
import { studyStats } from '../../src/study/index.js';
import { BEIJING, DAY, HOUR, MIN, NOW, card, log, review } from './helpers.js';

describe('study stats', () => {
  const cards = [
    review('overdue', NOW - 2 * DAY),
    review('today', NOW + 3 * HOUR),
    review('tomorrow', NOW + 20 * HOUR), // 06:00 Beijing next day: study day 1
    review('in-six-days', NOW + 6 * DAY),
    review('in-a-week', NOW + 7 * DAY + 20 * HOUR), // study day 8: past the forecast
    card('step', { state: 'learning', due: NOW + 10 * MIN }),
    card('relearn', { state: 'relearning', due: NOW + MIN }),
    card('fresh'),
    review('paused', NOW - HOUR, { suspended: true }),
    review('known', NOW - HOUR),
  ];

  it('counts due today, a 7-day forecast and cards by state, never suspended or known cards', () => {
    const s = studyStats(cards, [], NOW, { ...BEIJING, known: new Set(['known']) });
    expect(s.dueToday).toBe(4); // overdue, today, step, relearn
    expect(s.forecast7d).toEqual([4, 1, 0, 0, 0, 0, 1]);
    expect(s.byState).toEqual({ new: 1, learning: 2, review: 5, suspended: 1, known: 1 });
  });

  it('counts today\'s answers and retention over 30 days from review-state answers only', () => {
    const logs = [
      log('a', NOW - HOUR, 'review', 'good'),
      log('b', NOW - HOUR, 'review', 'again'),
      log('c', NOW - HOUR, 'learning', 'again'), // a learning step: not part of retention
      log('d', NOW - 10 * DAY, 'review', 'hard'),
      log('e', NOW - 29 * DAY, 'review', 'easy'),
      log('f', NOW - 31 * DAY, 'review', 'again'), // outside the window
      log('g', NOW - 9 * HOUR, 'new', 'good'), // 01:00 Beijing: yesterday's study day
    ];
    const s = studyStats([], logs, NOW, BEIJING);
    expect(s.reviewsToday).toBe(3);
    expect(s.retention30d).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
    expect(studyStats([], [], NOW, BEIJING).retention30d.rate).toBeNull();
  });
});
