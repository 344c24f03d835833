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
      // The Monday after `day`: the next one when `day` falls in the week that just began.
      this.nextWeek = day < this.nextWeek + 7 ? this.nextWeek + 7 : day - ((weekdayOf(day) + 6) % 7) + 7;
    }
    if (day >= this.nextMonth) began |= this.enterMonth(day);
    return began;
  }

  /** The same calendar date one year before `day` (a day of the current month), 29 February → 28 February. */
  oneYearBefore(day: number): number {
    return Math.min(day - this.yearBack, this.lastYearMonthEnd);
  }

  private enterMonth(day: number): number {
    // Within 28 days of its start, the day is in the next month (no month is shorter): no conversion.
    if (day < this.nextMonth + 28) return this.enterNextMonth();
    const { year, month } = fromDayNumber(day);
    let began = BEGAN_MONTH;
    if (year !== this.year) began |= BEGAN_QUARTER | BEGAN_YEAR;
    else if (quarterOf(month) !== quarterOf(this.month)) began |= BEGAN_QUARTER;
    this.setMonth(year, month, toDayNumber(year, month, 1), toDayNumber(year - 1, month, 1));
    return began;
  }

  /** The month after the current one, the same month a year earlier following its predecessor. */
  private enterNextMonth(): number {
    const newYear = this.month === 12;
    const month = newYear ? 1 : this.month + 1;
    this.setMonth(newYear ? this.year + 1 : this.year, month, this.nextMonth, this.lastYearMonthEnd + 1);
    if (newYear) return BEGAN_MONTH | BEGAN_QUARTER | BEGAN_YEAR;
    return month === 4 || month === 7 || month === 10 ? BEGAN_MONTH | BEGAN_QUARTER : BEGAN_MONTH;
  }

  /** `first` and `lastYearFirst`: day numbers of the 1st of the month and of the same month a year earlier. */
  private setMonth(year: number, month: number, first: number, lastYearFirst: number): void {
    this.year = year;
    this.month = month;
    this.nextMonth = first + daysInMonth(year, month);
    this.yearBack = first - lastYearFirst;
    this.lastYearMonthEnd = lastYearFirst + daysInMonth(year - 1, month) - 1;
  }
}

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3);
}
