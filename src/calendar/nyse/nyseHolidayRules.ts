import { easterSunday } from '../easterSunday.js';
import { toDayNumber } from '../dayNumber.js';
import { lastWeekday, nearestWeekday, nthWeekday, onOrAfter, sundayToMonday, WEEKDAY } from '../weekdayDates.js';

/** How a holiday that falls on a weekend is observed. */
export type Observance = 'asIs' | 'sundayToMonday' | 'nearestWeekday';

/** One NYSE holiday rule over the years it applied. Each rule is defined once, here. */
export interface HolidayRule {
  readonly name: string;
  /** First and last year the rule applied, inclusive; `null`: still in force. */
  readonly fromYear: number;
  readonly toYear: number | null;
  /** Years within the range when the exchange did not close for it. */
  readonly exceptYears?: readonly number[];
  /** Applied only every `every` years from `fromYear` (Election Day 1968–1980: presidential years). */
  readonly every?: number;
  /** The holiday's date in `year` (day number), before observance. */
  readonly date: (year: number) => number;
  readonly observed: Observance;
  /** The rule in the reference that lists it (see `SOURCES.md`). */
  readonly source: string;
}

const fixed = (month: number, day: number) => (year: number) => toDayNumber(year, month, day);

/**
 * Observance before 1952: a holiday on a Saturday closed that Saturday's session (Saturdays were
 * sessions); one on a Sunday closed the Monday. `sundayToMonday` says both, since a Saturday stays.
 */
export const NYSE_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", fromYear: 1885, toYear: null, date: fixed(1, 1), observed: 'sundayToMonday', source: 'USNewYearsDayNYSEpre1952, USNewYearsDayNYSEpost1952' },
  { name: 'Martin Luther King Jr. Day', fromYear: 1998, toYear: null, date: (y) => nthWeekday(y, 1, WEEKDAY.monday, 3), observed: 'asIs', source: 'USMartinLutherKingJrAfter1998' },
  { name: "Lincoln's Birthday", fromYear: 1896, toYear: 1953, date: fixed(2, 12), observed: 'sundayToMonday', source: 'USLincolnsBirthDayBefore1954' },
  { name: "Washington's Birthday", fromYear: 1885, toYear: 1963, date: fixed(2, 22), observed: 'sundayToMonday', source: 'USWashingtonsBirthDayBefore1952, USWashingtonsBirthDay1952to1963' },
  { name: "Washington's Birthday", fromYear: 1964, toYear: 1970, date: fixed(2, 22), observed: 'nearestWeekday', source: 'USWashingtonsBirthDay1964to1970' },
  { name: "Washington's Birthday", fromYear: 1971, toYear: null, date: (y) => nthWeekday(y, 2, WEEKDAY.monday, 3), observed: 'asIs', source: 'USPresidentsDay' },
  { name: 'Good Friday', fromYear: 1885, toYear: null, exceptYears: [1898, 1906, 1907], date: (y) => easterSunday(y) - 2, observed: 'asIs', source: 'GoodFridayPre1898, GoodFriday1899to1905, GoodFriday' },
  { name: 'Memorial Day', fromYear: 1885, toYear: 1963, date: fixed(5, 30), observed: 'sundayToMonday', source: 'USMemorialDayBefore1952, USMemorialDay1952to1964' },
  { name: 'Memorial Day', fromYear: 1964, toYear: 1969, date: fixed(5, 30), observed: 'nearestWeekday', source: 'USMemorialDay1964to1969' },
  // 1970: no rule in the reference, and 1970-05-29 (the Friday before a Saturday May 30) has S&P 500 and Dow rows.
  { name: 'Memorial Day', fromYear: 1971, toYear: null, date: (y) => lastWeekday(y, 5, WEEKDAY.monday), observed: 'asIs', source: 'USMemorialDay' },
  { name: 'Juneteenth', fromYear: 2022, toYear: null, date: fixed(6, 19), observed: 'nearestWeekday', source: 'USJuneteenthAfter2022' },
  { name: 'Independence Day', fromYear: 1885, toYear: 1953, date: fixed(7, 4), observed: 'sundayToMonday', source: 'USIndependenceDayPre1952, USIndependenceDay1952to1954' },
  { name: 'Independence Day', fromYear: 1954, toYear: null, date: fixed(7, 4), observed: 'nearestWeekday', source: 'USIndependenceDay' },
  { name: 'Labor Day', fromYear: 1887, toYear: null, date: (y) => nthWeekday(y, 9, WEEKDAY.monday, 1), observed: 'asIs', source: 'USLaborDayStarting1887' },
  { name: 'Columbus Day', fromYear: 1909, toYear: 1953, date: fixed(10, 12), observed: 'sundayToMonday', source: 'USColumbusDayBefore1954' },
  // The Tuesday after the first Monday of November: the first Tuesday on or after November 2.
  { name: 'Election Day', fromYear: 1885, toYear: 1967, date: electionDay, observed: 'asIs', source: 'USElectionDay1848to1967' },
  { name: 'Election Day', fromYear: 1968, toYear: 1980, every: 4, date: electionDay, observed: 'asIs', source: 'USElectionDay1968to1980Adhoc' },
  { name: 'Veterans Day', fromYear: 1934, toYear: 1953, date: fixed(11, 11), observed: 'sundayToMonday', source: 'USVeteransDay1934to1953' },
  { name: 'Thanksgiving', fromYear: 1885, toYear: 1938, date: (y) => lastWeekday(y, 11, WEEKDAY.thursday), observed: 'asIs', source: 'USThanksgivingDayBefore1939' },
  { name: 'Thanksgiving', fromYear: 1939, toYear: 1941, date: (y) => lastWeekday(y, 11, WEEKDAY.thursday, 2), observed: 'asIs', source: 'USThanksgivingDay1939to1941' },
  { name: 'Thanksgiving', fromYear: 1942, toYear: null, date: (y) => nthWeekday(y, 11, WEEKDAY.thursday, 4), observed: 'asIs', source: 'USThanksgivingDay' },
  { name: 'Christmas', fromYear: 1885, toYear: 1953, date: fixed(12, 25), observed: 'sundayToMonday', source: 'ChristmasBefore1954' },
  { name: 'Christmas', fromYear: 1954, toYear: null, date: fixed(12, 25), observed: 'nearestWeekday', source: 'Christmas54to98NYSE, ChristmasNYSE' },
];

function electionDay(year: number): number {
  return onOrAfter(toDayNumber(year, 11, 2), WEEKDAY.tuesday);
}

/** Whether `rule` applied in `year`. */
export function appliesIn(rule: HolidayRule, year: number): boolean {
  if (year < rule.fromYear || (rule.toYear !== null && year > rule.toYear)) return false;
  if (rule.every !== undefined && (year - rule.fromYear) % rule.every !== 0) return false;
  return rule.exceptYears === undefined || !rule.exceptYears.includes(year);
}

/** The day the exchange closed for `rule` in `year` (it must apply that year). */
export function observedDay(rule: HolidayRule, year: number): number {
  const day = rule.date(year);
  return rule.observed === 'sundayToMonday' ? sundayToMonday(day) : rule.observed === 'nearestWeekday' ? nearestWeekday(day) : day;
}
