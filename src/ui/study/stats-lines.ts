/**
 * The study stats as plain text lines (bar chart included), shared by the stats screen and
 * `zhcards study --stats`, so both say the same thing.
 */
import type { StudyStats } from '../../study/index.js';

const BAR = 30;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function forecastBars(forecast: readonly number[], now: number): string[] {
  const top = Math.max(1, ...forecast);
  return forecast.map((n, i) => {
    const label = i === 0 ? 'today' : WEEKDAYS[new Date(now + i * 86_400_000).getDay()]!;
    const bar = n === 0 ? '' : '█'.repeat(Math.max(1, Math.round((n / top) * BAR)));
    return `  ${label.padEnd(5)} ${bar.padEnd(BAR)} ${n}`;
  });
}

export function statsLines(s: StudyStats, now: number): string[] {
  const r = s.retention30d;
  const b = s.byState;
  return [
    `Due today: ${s.dueToday}   Reviews today: ${s.reviewsToday}`,
    `Retention, last 30 days: ${r.rate === null ? 'no reviews yet' : `${(r.rate * 100).toFixed(1)}% (${r.passed} of ${r.reviews} reviews not forgotten)`}`,
    '',
    'Due in the next 7 days',
    ...forecastBars(s.forecast7d, now),
    '',
    `Cards: ${b.new} new · ${b.learning} learning · ${b.review} review · ${b.suspended} suspended${b.known ? ` · ${b.known} of known words` : ''}`,
  ];
}
