import { daysInMonth, fromDayNumber, toDayNumber } from './dayNumber.js';

/** The same calendar date one year earlier, as a day number; 29 February becomes 28 February. */
export function oneYearBefore(day: number): number {
  const { year, month, day: dom } = fromDayNumber(day);
  return toDayNumber(year - 1, month, Math.min(dom, daysInMonth(year - 1, month)));
}
