import { nyseCalendar } from './nyse/nyseCalendar.js';
import type { SessionCalendar } from './SessionCalendar.js';

/** The exchange calendars `--calendar` names, each built on first use. */
export const CALENDARS = { nyse: nyseCalendar } as const satisfies Record<string, () => SessionCalendar>;

export type CalendarName = keyof typeof CALENDARS;

export const CALENDAR_NAMES = Object.keys(CALENDARS) as CalendarName[];

/** The calendar `--calendar NAME` names; `undefined`: none (count rows). */
export function calendarNamed(name: CalendarName | undefined): SessionCalendar | null {
  return name === undefined ? null : CALENDARS[name]();
}
