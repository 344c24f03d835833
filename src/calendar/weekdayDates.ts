import { daysInMonth, toDayNumber, weekdayOf } from './dayNumber.js';

/** Weekdays as `weekdayOf` numbers them. */
export const WEEKDAY = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;

/** Day number of the first `weekday` (0 = Sunday) on or after `day`. */
export function onOrAfter(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** Day number of the `n`th (1-based) `weekday` of `month` (1–12) of `year`: the third Monday of January is `nthWeekday(y, 1, 1, 3)`. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  return onOrAfter(toDayNumber(year, month, 1), weekday) + 7 * (n - 1);
}

/** Day number of the last `weekday` of `month` of `year`; `fromEnd` 2 is the second to last. */
export function lastWeekday(year: number, month: number, weekday: number, fromEnd = 1): number {
  const last = toDayNumber(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7) - 7 * (fromEnd - 1);
}

/** A holiday on a Sunday is observed the Monday after; any other day stays. */
export function sundayToMonday(day: number): number {
  return weekdayOf(day) === WEEKDAY.sunday ? day + 1 : day;
}

/** A holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
export function nearestWeekday(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === WEEKDAY.saturday ? day - 1 : weekday === WEEKDAY.sunday ? day + 1 : day;
}
