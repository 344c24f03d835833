import { toValidDayNumber } from '../calendar/dayNumber.js';
import { isTimeOfDay } from './isTimeOfDay.js';

/**
 * Day number of an ISO date `YYYY-MM-DD`, optionally followed by a time of day (`T16:00`,
 * ` 00:00:00-05:00`, see `isTimeOfDay`). Returns `null` when the text is not such a date, the date
 * does not exist (`2026-02-30`) or other text follows it (`2021-03-15 garbage`).
 */
export function parseIsoDate(text: string): number | null {
  if (text.length < 10) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  if (text.length > 10 && !isTimeOfDay(text.slice(10))) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  return toValidDayNumber(year, month, day);
}

/** The non-negative integer in `text[start, end)`, or -1 if any character is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
