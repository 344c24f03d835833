/**
 * Relative strength index of a stream of closes, 0–100, with Wilder's smoothing as TradingView
 * computes it: the first averages are the simple means of the first `period` gains and losses (rows
 * 1..period), then avg = (avg × (period − 1) + today) ÷ period. Because the smoothing never forgets,
 * the value depends on where the data starts. `null` before `period` changes exist; 100 when the
 * average loss is 0.
 */
export class RsiFold {
  private rows = 0;
  private prevClose = NaN;
  /** Sums of the first `period` gains and losses, then their smoothed averages. */
  private gain = 0;
  private loss = 0;

  constructor(private readonly period = 14) {}

  push(close: number): void {
    const row = this.rows++;
    const change = close - this.prevClose;
    this.prevClose = close;
    const period = this.period;
    if (row > period) {
      this.gain = (this.gain * (period - 1) + (change > 0 ? change : 0)) / period;
      this.loss = (this.loss * (period - 1) + (change < 0 ? -change : 0)) / period;
    } else if (row > 0) {
      this.seed(row, change);
    }
  }

  /** Rows 1..period: the simple means of the first gains and losses. */
  private seed(row: number, change: number): void {
    const period = this.period;
    if (change > 0) this.gain += change;
    else this.loss -= change;
    if (row === period) {
      this.gain /= period;
      this.loss /= period;
    }
  }

  result(): number | null {
    if (this.rows <= this.period) return null;
    return this.loss === 0 ? 100 : 100 - 100 / (1 + this.gain / this.loss);
  }
}
