import type { Intraday } from './Intraday.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * The sessions from `fromDay` on, kept column by column: what a chart draws. Memory is the window's
 * (about 24 bytes a session), not the file's.
 */
export class SeriesWindow {
  private size = 0;
  /** Doubled as sessions come: an index of a few sessions holds little. */
  private days = new Int32Array(8);
  private close = new Float64Array(8);
  private high = new Float64Array(8);
  private low = new Float64Array(8);

  constructor(
    /** First day kept (day number); `null` keeps every session. */
    private readonly fromDay: number | null,
    private readonly intraday: Intraday,
  ) {}

  push(day: number, high: number, low: number, close: number): void {
    if (this.fromDay !== null && day < this.fromDay) return;
    if (this.size === this.days.length) this.grow();
    const i = this.size++;
    this.days[i] = day;
    this.close[i] = close;
    this.high[i] = high;
    this.low[i] = low;
  }

  private grow(): void {
    const n = this.days.length * 2;
    const days = new Int32Array(n);
    days.set(this.days);
    this.days = days;
    for (const key of ['close', 'high', 'low'] as const) {
      const column = new Float64Array(n);
      column.set(this[key]);
      this[key] = column;
    }
  }

  /** The kept sessions as a series (`lines` are not kept: 0). */
  series(symbol: string, source: string): PriceSeries {
    const n = this.size;
    return {
      symbol,
      source,
      length: n,
      days: this.days.subarray(0, n),
      close: this.close.subarray(0, n),
      high: this.intraday.high ? this.high.subarray(0, n) : null,
      low: this.intraday.low ? this.low.subarray(0, n) : null,
      lines: new Int32Array(n),
    };
  }
}
