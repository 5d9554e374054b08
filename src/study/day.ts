/**
 * The study day: like Anki, a day starts at a rollover hour in local time (default 4 am), so a
 * late-night session still counts as "today". The clock is never read here; only the offset
 * from UTC may come from the process's time zone when the caller does not give one.
 */
import { UsageError } from '../domain/errors.js';

export const DAY_MS = 86_400_000;

export interface DayOptions {
  /** Local hour (0–23) at which a new study day begins; default 4. */
  rolloverHour?: number;
  /**
   * Minutes east of UTC (UTC+8 is 480). Default: the process's zone at `now`, so a DST change
   * moves the boundary by at most that hour on the day it happens.
   */
  utcOffsetMinutes?: number;
}

export interface StudyDay {
  /** Epoch ms the study day containing `now` began (inclusive). */
  start: number;
  /** Epoch ms the next study day begins (exclusive). */
  end: number;
}

function offsetMs(now: number, options: DayOptions): number {
  const minutes = options.utcOffsetMinutes ?? -new Date(now).getTimezoneOffset();
  return minutes * 60_000;
}

export function studyDay(now: number, options: DayOptions = {}): StudyDay {
  const rollover = options.rolloverHour ?? 4;
  if (!Number.isInteger(rollover) || rollover < 0 || rollover > 23) {
    throw new UsageError(`rollover hour must be a whole hour 0–23, got ${rollover}`);
  }
  // shift to a clock where the study day starts at midnight UTC, floor, shift back
  const shift = offsetMs(now, options) - rollover * 3_600_000;
  const start = Math.floor((now + shift) / DAY_MS) * DAY_MS - shift;
  return { start, end: start + DAY_MS };
}
