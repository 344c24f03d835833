import { BEGAN_YEAR, type PeriodClock } from './PeriodClock.js';
import { DrawdownFold } from './DrawdownFold.js';
import type { RecordFacts } from './MarketContext.type.js';

/**
 * Record-close facts of a stream of sessions: how long since the record close (its first session),
 * how many record closes each calendar year had, and the drawdown the index is in now.
 */
export class RecordFold {
  private rows = 0;
  private lastDay = 0;
  /** −Infinity before the first session. */
  private recordClose = -Infinity;
  private recordRow = 0;
  private recordDay = 0;
  private firstYear = NaN;
  /** Record closes per calendar year from `firstYear` on; the first session is not counted. */
  private readonly counts: number[] = [];
  private readonly drawdown = new DrawdownFold(Infinity);

  /** `clock` is advanced to each session's day before `push`. */
  constructor(private readonly clock: PeriodClock) {}

  /** Adds a session; `began` holds the `PeriodClock` bits of the periods it began. */
  push(began: number, day: number, close: number): void {
    const row = this.rows++;
    this.lastDay = day;
    if ((began & BEGAN_YEAR) !== 0) this.enterYear(this.clock.year);
    if (close > this.recordClose) this.recordAt(row, day, close);
    this.drawdown.push(day, close);
  }

  private recordAt(row: number, day: number, close: number): void {
    if (row > 0) this.counts[this.counts.length - 1]++;
    this.recordClose = close;
    this.recordRow = row;
    this.recordDay = day;
  }

  /** Years without a session count zero records. */
  private enterYear(year: number): void {
    if (Number.isNaN(this.firstYear)) this.firstYear = year;
    while (this.counts.length <= year - this.firstYear) this.counts.push(0);
  }

  /** Requires at least one session. */
  result(): RecordFacts {
    return {
      sessionsSinceRecordClose: this.rows - 1 - this.recordRow,
      calendarDaysSinceRecordClose: this.lastDay - this.recordDay,
      recordClosesByYear: this.counts.map((count, k) => ({ year: this.firstYear + k, count })),
      currentDrawdown: this.drawdown.currentDrawdown(),
    };
  }
}
