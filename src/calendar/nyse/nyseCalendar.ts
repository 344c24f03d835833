import { parseIsoDate } from '../../ingest/parseIsoDate.js';
import { toDayNumber, weekdayOf } from '../dayNumber.js';
import { SessionCalendar } from '../SessionCalendar.js';
import { WEEKDAY } from '../weekdayDates.js';
import { LAST_SATURDAY_SESSIONS_BEFORE, NYSE_CLOSURES, SUMMER_SATURDAY_CLOSINGS } from './nyseClosures.js';
import { appliesIn, NYSE_HOLIDAY_RULES, observedDay } from './nyseHolidayRules.js';

/**
 * The NYSE calendar's span: from 1885, where the reference's history of closings starts, to the end
 * of 2035. Days after today are the rules' projection: an ad hoc closure is only known once announced.
 */
export const NYSE_FIRST_YEAR = 1885;
export const NYSE_LAST_YEAR = 2035;

let built: SessionCalendar | null = null;

/** The New York Stock Exchange's sessions (built once, on first use: a few milliseconds). */
export function nyseCalendar(): SessionCalendar {
  return (built ??= buildNyseCalendar());
}

function buildNyseCalendar(): SessionCalendar {
  const first = toDayNumber(NYSE_FIRST_YEAR, 1, 1);
  const last = toDayNumber(NYSE_LAST_YEAR, 12, 31);
  const closed = closedWeekdays();
  const saturdaysEnd = isoDay(LAST_SATURDAY_SESSIONS_BEFORE);
  const summers = SUMMER_SATURDAY_CLOSINGS.map(([from, to]) => [isoDay(from), isoDay(to)] as const);
  const saturdayIsSession = (day: number) => day < saturdaysEnd && !summers.some(([from, to]) => day >= from && day <= to);
  const sessions: number[] = [];
  for (let day = first; day <= last; day++) {
    const weekday = weekdayOf(day);
    const open = weekday === WEEKDAY.sunday ? false : weekday === WEEKDAY.saturday ? saturdayIsSession(day) : true;
    if (open && !closed.has(day)) sessions.push(day);
  }
  const closedBecause = (day: number): string => {
    const weekday = weekdayOf(day);
    if (weekday === WEEKDAY.sunday) return 'Sunday';
    if (weekday === WEEKDAY.saturday && !saturdayIsSession(day)) {
      return day < saturdaysEnd ? 'Saturday (summer closing)' : 'Saturday';
    }
    return closed.get(day) ?? '';
  };
  return new SessionCalendar('nyse', first, last, Int32Array.from(sessions), closedBecause);
}

/** Every holiday and closure from the rules and lists, by day: its name. */
function closedWeekdays(): Map<number, string> {
  const closed = new Map<number, string>();
  for (let year = NYSE_FIRST_YEAR; year <= NYSE_LAST_YEAR; year++) {
    for (const rule of NYSE_HOLIDAY_RULES) if (appliesIn(rule, year)) closed.set(observedDay(rule, year), rule.name);
  }
  for (const closure of NYSE_CLOSURES) {
    for (const text of closure.dates) {
      const [from, to = from] = text.split('..').map(isoDay);
      for (let day = from; day <= to; day++) closed.set(day, closure.reason);
    }
  }
  return closed;
}

/** Day number of an ISO date in the calendar's own data (a typo there is a bug, not bad input). */
function isoDay(text: string): number {
  const day = parseIsoDate(text);
  if (day === null) throw new Error(`NYSE calendar data: bad date ${text}`);
  return day;
}

