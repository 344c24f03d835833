import type { Intraday } from './Intraday.type.js';
import type { DatedValue } from './IndexReport.type.js';
import type { FiftyTwoWeek } from './MarketContext.type.js';
import type { BaseSession } from './PeriodReturnsFold.js';

/** Sessions dated after the same date a year earlier: at most 366 days, one session each. */
const WINDOW_CAPACITY = 367;
/** The ring's first length, doubled up to `WINDOW_CAPACITY` while the window fills. */
const FIRST_CAPACITY = 8;

/**
 * 52-week high and low of a stream of sessions: over the sessions dated after the same calendar date
 * one year before the latest, kept in a ring. `null` while the data starts after that date (a partial
 * year is not 52 weeks). Ties are dated by their first session. Intraday values use the high (low);
 * a defective row whose high is below its close (low above it) counts its close, as milestones do.
 */
export class FiftyTwoWeekFold {
  private days: Int32Array = new Int32Array(FIRST_CAPACITY);
  private closes: Float64Array = new Float64Array(FIRST_CAPACITY);
  private ups: Float64Array = new Float64Array(FIRST_CAPACITY);
  private downs: Float64Array = new Float64Array(FIRST_CAPACITY);
  /** Slot of the oldest session of the window, and how many it holds. */
  private tail = 0;
  private count = 0;
  /** The last session that left the window: on or before the same date a year earlier. */
  readonly yearAgo: BaseSession = { day: 0, close: NaN };

  constructor(private readonly intraday: Intraday) {}

  /**
   * Adds a session: its close, its intraday reach up (the high, or the close when the high is below it
   * or missing) and down, and `from`, the same date one year earlier (`PeriodClock.oneYearBefore`).
   */
  push(day: number, close: number, up: number, down: number, from: number): void {
    let { days } = this;
    const capacity = days.length;
    while (this.count > 0 && days[this.tail] <= from) {
      this.yearAgo.day = days[this.tail];
      this.yearAgo.close = this.closes[this.tail];
      this.tail = this.tail + 1 === capacity ? 0 : this.tail + 1;
      this.count--;
    }
    if (this.count === capacity) days = this.grow();
    let slot = this.tail + this.count;
    if (slot >= days.length) slot -= days.length;
    days[slot] = day;
    this.closes[slot] = close;
    this.ups[slot] = up;
    this.downs[slot] = down;
    this.count++;
  }

  /** A full ring (never at `WINDOW_CAPACITY`: the window holds fewer) doubled, oldest first; returns its days. */
  private grow(): Int32Array {
    const n = this.count;
    const size = Math.min(2 * n, WINDOW_CAPACITY);
    const unwrap = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      for (let k = 0; k < n; k++) to[k] = from[(this.tail + k) % n];
      return to;
    };
    this.closes = unwrap(this.closes, new Float64Array(size));
    this.ups = unwrap(this.ups, new Float64Array(size));
    this.downs = unwrap(this.downs, new Float64Array(size));
    this.days = unwrap(this.days, new Int32Array(size));
    this.tail = 0;
    return this.days;
  }

  result(): FiftyTwoWeek | null {
    if (Number.isNaN(this.yearAgo.close)) return null;
    const { days, closes, ups, downs } = this;
    const first = this.tail;
    let hiC = first;
    let loC = first;
    let hi = first;
    let lo = first;
    let last = first;
    for (let k = 1; k < this.count; k++) {
      const i = (first + k) % days.length;
      if (closes[i] > closes[hiC]) hiC = i;
      if (closes[i] < closes[loC]) loC = i;
      if (ups[i] > ups[hi]) hi = i;
      if (downs[i] < downs[lo]) lo = i;
      last = i;
    }
    const at = (i: number, value: number): DatedValue => ({ date: days[i], value });
    const close = closes[last];
    const range = closes[hiC] - closes[loC];
    return {
      fromDate: days[first],
      highClose: at(hiC, closes[hiC]),
      lowClose: at(loC, closes[loC]),
      high: this.intraday.high ? at(hi, ups[hi]) : null,
      low: this.intraday.low ? at(lo, downs[lo]) : null,
      pctFromHighClose: (close / closes[hiC] - 1) * 100,
      pctFromHigh: this.intraday.high ? (close / ups[hi] - 1) * 100 : null,
      rangePositionPct: range > 0 ? ((close - closes[loC]) / range) * 100 : null,
    };
  }
}
