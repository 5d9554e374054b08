/**
 * Intervals as Anki writes them on its answer buttons (rslib scheduler/timespan.rs):
 * minutes and days whole, hours, months (a twelfth of a year) and years to one decimal.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

function oneDecimal(n: number): string {
  // `2.0` reads as `2`, as in Anki
  return String(Math.round(n * 10) / 10);
}

/** `<1m` under a minute, then `10m`, `1.5h`, `3d`, `3.5mo`, `1.2y`. */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return '<1m';
  if (span < HOUR) return `${Math.round(span / MINUTE)}m`;
  if (span < DAY) return `${oneDecimal(span / HOUR)}h`;
  if (span < MONTH) return `${Math.round(span / DAY)}d`;
  if (span < YEAR) return `${oneDecimal(span / MONTH)}mo`;
  return `${oneDecimal(span / YEAR)}y`;
}
