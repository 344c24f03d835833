import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { PriceSeries } from '../core/PriceSeries.type.js';
import { InputError, type InputWarning } from '../errors.js';

/**
 * Collects one index's rows in file order, column by column, then sorts them by date. Rows may come
 * in any order; a file already in ascending order (the common case) is not copied or sorted.
 */
export class SeriesBuilder {
  private size = 0;
  private days = new Int32Array(1024);
  private close = new Float64Array(1024);
  private high: Float64Array | null;
  private low: Float64Array | null;
  private lines = new Int32Array(1024);
  private ascending = true;

  constructor(
    readonly symbol: string,
    readonly source: string,
    hasHigh: boolean,
    hasLow: boolean,
  ) {
    this.high = hasHigh ? new Float64Array(1024) : null;
    this.low = hasLow ? new Float64Array(1024) : null;
  }

  get length(): number {
    return this.size;
  }

  add(day: number, close: number, high: number, low: number, line: number): void {
    if (this.size === this.days.length) this.grow();
    const i = this.size++;
    if (i > 0 && day <= this.days[i - 1]) this.ascending = false;
    this.days[i] = day;
    this.close[i] = close;
    if (this.high) this.high[i] = high;
    if (this.low) this.low[i] = low;
    this.lines[i] = line;
  }

  private grow(): void {
    const cap = this.days.length * 2;
    const resize = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.days = resize(this.days);
    this.close = resize(this.close);
    this.lines = resize(this.lines);
    if (this.high) this.high = resize(this.high);
    if (this.low) this.low = resize(this.low);
  }

  /**
   * The series in ascending date order. Rows repeating a date with identical values are dropped
   * (reported in `warnings`); rows repeating a date with different values are an `InputError`.
   */
  build(warnings: InputWarning[]): PriceSeries {
    const n = this.size;
    let order: Int32Array | null = null;
    if (!this.ascending) {
      order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      const { days, lines } = this;
      order.sort((a, b) => days[a] - days[b] || lines[a] - lines[b]);
    }
    const at = (k: number): number => (order === null ? k : order[k]);
    const keep = new Int32Array(n);
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const i = at(k);
      if (kept > 0) {
        const j = keep[kept - 1];
        if (this.days[i] === this.days[j]) {
          this.checkDuplicate(j, i, warnings);
          continue;
        }
      }
      keep[kept++] = i;
    }
    if (order === null && kept === n) {
      return this.series(n, <T extends Int32Array | Float64Array>(a: T): T => a.subarray(0, n) as T);
    }
    return this.series(kept, <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(kept);
      for (let k = 0; k < kept; k++) b[k] = a[keep[k]];
      return b;
    });
  }

  private series(length: number, take: <T extends Int32Array | Float64Array>(a: T) => T): PriceSeries {
    return {
      symbol: this.symbol,
      source: this.source,
      length,
      days: take(this.days),
      close: take(this.close),
      high: this.high && take(this.high),
      low: this.low && take(this.low),
      lines: take(this.lines),
    };
  }

  private checkDuplicate(first: number, second: number, warnings: InputWarning[]): void {
    const same = (a: Float64Array | null): boolean => a === null || Object.is(a[first], a[second]);
    const date = isoFromDayNumber(this.days[first]);
    const [lineA, lineB] = [this.lines[first], this.lines[second]].sort((a, b) => a - b);
    if (same(this.close) && same(this.high) && same(this.low)) {
      warnings.push({ source: this.source, line: lineB, message: `duplicate of line ${lineA} (${date}) dropped` });
      return;
    }
    const who = this.symbol ? `${this.symbol} ` : '';
    throw new InputError(this.source, lineB, `${who}date ${date} also on line ${lineA} with different values`);
  }
}
