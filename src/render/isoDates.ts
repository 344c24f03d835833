import { isoFromDayNumber } from '../calendar/dayNumber.js';

/** ISO `YYYY-MM-DD` of a day number, `null` for `null`: a date column's value. */
export function isoOrNull(day: number | null): string | null {
  return day === null ? null : isoFromDayNumber(day);
}
