import { daysInMonth, fromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';

/** Bits of `PeriodClock.advance`: which periods a session began. */
export const BEGAN_WEEK = 1;
export const BEGAN_MONTH = 2;
export const BEGAN_QUARTER = 4;
export const BEGAN_YEAR = 8;

/**
 * Where a stream of ascending day numbers stands in the calendar. It keeps the day numbers where
 * the next week (Monday) and month begin, and converts a date only when a day passes one of them:
 * a session costs two comparisons.
 */
export class PeriodClock {
  /** Calendar year and month (1–12) of the latest day; `NaN` before the first. */
  year = NaN;
  month = NaN;
  private nextWeek = -Infinity;
  private nextMonth = -Infinity;
  /** This month: days from a date back to the same date a year earlier (365 or 366). */
  private yearBack = 0;
  /** This month: the last day of the same month a year earlier (29 February → 28 February). */
  private lastYearMonthEnd = 0;

  /** Moves to `day` (not before the previous one); returns the `BEGAN_...` bits of the periods it began. */
  advance(day: number): number {
    let began = 0;
    if (day >= this.nextWeek) {
      began = BEGAN_WEEK;
      this.nextWeek = day - ((weekdayOf(day) + 6) % 7) + 7;
    }
    if (day >= this.nextMonth) began |= this.enterMonth(day);
    return began;
  }

  /** The same calendar date one year before `day` (a day of the current month), 29 February → 28 February. */
  oneYearBefore(day: number): number {
    return Math.min(day - this.yearBack, this.lastYearMonthEnd);
  }

  private enterMonth(day: number): number {
    const { year, month } = fromDayNumber(day);
    let began = BEGAN_MONTH;
    if (year !== this.year) began |= BEGAN_QUARTER | BEGAN_YEAR;
    else if (quarterOf(month) !== quarterOf(this.month)) began |= BEGAN_QUARTER;
    this.year = year;
    this.month = month;
    const first = toDayNumber(year, month, 1);
    this.nextMonth = first + daysInMonth(year, month);
    this.yearBack = first - toDayNumber(year - 1, month, 1);
    this.lastYearMonthEnd = toDayNumber(year - 1, month, daysInMonth(year - 1, month));
    return began;
  }
}

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3);
}
