import { toDayNumber } from '../calendar/dayNumber.js';
import type { PeriodReturn, Returns, YearReturn } from './MarketContext.type.js';
import { BEGAN_MONTH, BEGAN_QUARTER, BEGAN_WEEK, BEGAN_YEAR, type PeriodClock } from './PeriodClock.js';
import { decimalDifference } from './decimalDifference.js';

/** A session as a base of returns: `close` is `NaN` when there is none. */
export interface BaseSession {
  day: number;
  close: number;
}

/**
 * Returns to the latest close: week (Monday–Sunday), month, quarter and year to date, each from the
 * last close before the period began, and the previous calendar year's. A return whose base session
 * is not in the data is `null`. The bases change only when a session begins a period.
 */
export class PeriodReturnsFold {
  private readonly previous: BaseSession = { day: 0, close: NaN };
  private readonly week: BaseSession = { day: 0, close: NaN };
  private readonly month: BaseSession = { day: 0, close: NaN };
  private readonly quarter: BaseSession = { day: 0, close: NaN };
  private readonly year: BaseSession = { day: 0, close: NaN };
  /** The previous calendar year's last session, and its return (`NaN`: unknown); `NaN` year: none. */
  private previousYear = NaN;
  private readonly previousYearEnd: BaseSession = { day: 0, close: NaN };
  private previousYearPct = NaN;

  /** `clock` is advanced to each session's day before `push`. */
  constructor(private readonly clock: PeriodClock) {}

  /** Adds a session; `began` holds the `PeriodClock` bits of the periods it began. */
  push(began: number, day: number, close: number): void {
    if (began !== 0) this.enterPeriods(began);
    this.previous.day = day;
    this.previous.close = close;
  }

  private enterPeriods(began: number): void {
    const previous = this.previous;
    if ((began & BEGAN_WEEK) !== 0) copy(previous, this.week);
    if ((began & BEGAN_MONTH) !== 0) copy(previous, this.month);
    if ((began & BEGAN_QUARTER) !== 0) copy(previous, this.quarter);
    if ((began & BEGAN_YEAR) === 0) return;
    const year = this.clock.year;
    // The previous session ended the year before only if it fell in that year.
    if (!Number.isNaN(previous.close) && previous.day >= toDayNumber(year - 1, 1, 1)) {
      this.previousYear = year - 1;
      copy(previous, this.previousYearEnd);
      this.previousYearPct = (previous.close / this.year.close - 1) * 100;
    } else {
      this.previousYear = NaN;
    }
    copy(previous, this.year);
  }

  /** Returns to the latest close; `oneYear` is measured from `yearAgo`, the last session on or
   * before the same calendar date one year earlier. Requires at least one session. */
  result(yearAgo: BaseSession): Returns {
    const close = this.previous.close;
    let previousYear: YearReturn | null = null;
    if (!Number.isNaN(this.previousYear)) {
      const pct = this.previousYearPct;
      const end = this.previousYearEnd;
      previousYear = { year: this.previousYear, date: end.day, close: end.close, pct: Number.isNaN(pct) ? null : pct };
    }
    return {
      wtd: periodReturn(this.week, close),
      mtd: periodReturn(this.month, close),
      qtd: periodReturn(this.quarter, close),
      ytd: periodReturn(this.year, close),
      previousYear,
      oneYear: periodReturn(yearAgo, close),
    };
  }
}

function copy(from: BaseSession, to: BaseSession): void {
  to.day = from.day;
  to.close = from.close;
}

function periodReturn(base: BaseSession, close: number): PeriodReturn | null {
  if (Number.isNaN(base.close)) return null;
  return {
    fromDate: base.day,
    fromClose: base.close,
    points: decimalDifference(close, base.close),
    pct: (close / base.close - 1) * 100,
  };
}
