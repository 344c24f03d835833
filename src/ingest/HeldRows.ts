import { conflictError, type DroppedRow, samePrices } from './duplicateRows.js';

/** Receives one session: day number, prices (open, high, low, close; `NaN` where absent), source line. */
export type SessionCallback = (day: number, prices: Float64Array, line: number) => void;

/**
 * One index's rows held in memory, column by column, when they cannot be folded as they arrive: a
 * file whose rows are out of date order, or whose dates can only be decoded once the whole column
 * has been read (`DateColumn.deferred`). About 40 bytes a row.
 */
export class HeldRows {
  private size = 0;
  /** Doubled as rows come: an index of a few rows holds little. */
  private days = new Int32Array(8);
  private lines = new Int32Array(8);
  /** open, high, low, close of row i at 4i .. 4i + 3. */
  private prices = new Float64Array(32);

  /** A row: its prices are open, high, low, close. */
  add(day: number, prices: Float64Array, line: number): void {
    if (this.size === this.days.length) this.grow();
    const i = this.size++;
    this.days[i] = day;
    this.lines[i] = line;
    this.prices.set(prices, 4 * i);
  }

  /** Replaces every row's day by `toDay(day)` (dates decoded after the whole column is read). */
  mapDays(toDay: (day: number) => number): void {
    for (let i = 0; i < this.size; i++) this.days[i] = toDay(this.days[i]);
  }

  private grow(): void {
    const grown = <T extends Int32Array | Float64Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.days = grown(this.days, this.days.length * 2);
    this.lines = grown(this.lines, this.lines.length * 2);
    this.prices = grown(this.prices, this.prices.length * 2);
  }

  /**
   * Hands the rows to `each` in ascending date order (ties in file order) and frees them. A row
   * repeating the date of the row kept before it is dropped when its prices are identical (returned),
   * and is an error when they differ.
   */
  replay(source: string, symbol: string, each: SessionCallback): DroppedRow[] {
    const { size: n, days, lines, prices } = this;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let ascending = true;
    for (let i = 1; i < n && ascending; i++) ascending = days[i] > days[i - 1];
    if (!ascending) order.sort((a, b) => days[a] - days[b] || lines[a] - lines[b]);
    const dropped: DroppedRow[] = [];
    let kept = -1;
    // Duplicates are settled before any row is handed on: a conflict is an error, whatever was read.
    const keep = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (kept >= 0 && days[i] === days[kept]) {
        if (!samePrices(prices.subarray(4 * kept, 4 * kept + 4), prices.subarray(4 * i, 4 * i + 4))) {
          throw conflictError(source, symbol, days[i], lines[kept], lines[i]);
        }
        dropped.push({ keptLine: lines[kept], line: lines[i], day: days[i] });
        continue;
      }
      keep[k] = 1;
      kept = i;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (keep[k] === 1) each(days[i], prices.subarray(4 * i, 4 * i + 4), lines[i]);
    }
    this.size = 0;
    this.days = this.lines = new Int32Array(0);
    this.prices = new Float64Array(0);
    return dropped;
  }
}
