import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { PriceSeries } from '../core/PriceSeries.type.js';
import { InputError, type InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';

type Column = Int32Array | Float64Array;

/**
 * Collects one index's rows in file order, column by column, then sorts them by date. Rows may come
 * in any order; a file already in ascending order (the common case) is not copied or sorted.
 */
export class SeriesBuilder {
  private size = 0;
  private days = new Int32Array(1024);
  private close = new Float64Array(1024);
  private open: Float64Array | null;
  private high: Float64Array | null;
  private low: Float64Array | null;
  private lines = new Int32Array(1024);

  constructor(
    readonly symbol: string,
    readonly source: string,
    hasOpen: boolean,
    hasHigh: boolean,
    hasLow: boolean,
  ) {
    this.open = hasOpen ? new Float64Array(1024) : null;
    this.high = hasHigh ? new Float64Array(1024) : null;
    this.low = hasLow ? new Float64Array(1024) : null;
  }

  get length(): number {
    return this.size;
  }

  add(day: number, open: number, high: number, low: number, close: number, line: number): void {
    if (this.size === this.days.length) this.grow();
    const i = this.size++;
    this.days[i] = day;
    this.close[i] = close;
    if (this.open) this.open[i] = open;
    if (this.high) this.high[i] = high;
    if (this.low) this.low[i] = low;
    this.lines[i] = line;
  }

  /** Replaces every row's day by `toDay(day, line)` (used when dates are decoded after the whole column is read). */
  mapDays(toDay: (day: number, line: number) => number): void {
    for (let i = 0; i < this.size; i++) this.days[i] = toDay(this.days[i], this.lines[i]);
  }

  private grow(): void {
    const cap = this.days.length * 2;
    const resize = <T extends Column>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.days = resize(this.days);
    this.close = resize(this.close);
    this.lines = resize(this.lines);
    if (this.open) this.open = resize(this.open);
    if (this.high) this.high = resize(this.high);
    if (this.low) this.low = resize(this.low);
  }

  /**
   * The series in ascending date order. Rows repeating a date with identical values are dropped
   * (one summary line in `warnings`); rows repeating a date with different values are an `InputError`.
   */
  build(warnings: InputWarning[]): PriceSeries {
    const n = this.size;
    const { days, lines } = this;
    let ascending = true;
    for (let i = 1; i < n && ascending; i++) ascending = days[i] > days[i - 1];
    let order: Int32Array | null = null;
    if (!ascending) {
      order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => days[a] - days[b] || lines[a] - lines[b]);
    }
    const at = (k: number): number => (order === null ? k : order[k]);
    const keep = new Int32Array(n);
    let kept = 0;
    const dropped: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const i = at(k);
      if (kept > 0) {
        const j = keep[kept - 1];
        if (days[i] === days[j]) {
          this.checkDuplicate(j, i);
          dropped.push([j, i]);
          continue;
        }
      }
      keep[kept++] = i;
    }
    if (dropped.length > 0) warnings.push(this.duplicateWarning(dropped));
    if (order === null && kept === n) {
      return this.series(n, <T extends Column>(a: T): T => a.subarray(0, n) as T);
    }
    return this.series(kept, <T extends Column>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(kept);
      for (let k = 0; k < kept; k++) b[k] = a[keep[k]];
      return b;
    });
  }

  private series(length: number, take: <T extends Column>(a: T) => T): PriceSeries {
    return {
      symbol: this.symbol,
      source: this.source,
      length,
      days: take(this.days),
      close: take(this.close),
      open: this.open && take(this.open),
      high: this.high && take(this.high),
      low: this.low && take(this.low),
      lines: take(this.lines),
    };
  }

  private checkDuplicate(first: number, second: number): void {
    const same = (a: Float64Array | null): boolean => a === null || Object.is(a[first], a[second]);
    if (same(this.close) && same(this.open) && same(this.high) && same(this.low)) return;
    const date = isoFromDayNumber(this.days[first]);
    const [lineA, lineB] = [this.lines[first], this.lines[second]].sort((a, b) => a - b);
    const who = this.symbol ? `${this.symbol} ` : '';
    throw new InputError(this.source, lineB, `${who}date ${date} also on line ${lineA} with different values`);
  }

  private duplicateWarning(dropped: readonly [number, number][]): InputWarning {
    const pairs = dropped
      .map(([a, b]) => [Math.min(this.lines[a], this.lines[b]), Math.max(this.lines[a], this.lines[b]), this.days[a]] as const)
      .sort((x, y) => x[1] - y[1]);
    const shown = pairs.slice(0, 3).map(([a, b, day]) => `line ${b} repeats line ${a} (${isoFromDayNumber(day)})`);
    const n = pairs.length;
    const what = n === 1 ? 'duplicate row dropped' : `${formatDecimal(n, 0, 3)} duplicate rows dropped`;
    return { source: this.source, line: pairs[0][1], message: `${what} (identical to an earlier row): ${shown.join(', ')}${n > 3 ? ', …' : ''}` };
  }
}
