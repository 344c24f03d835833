import type { Macd } from './MarketContext.type.js';

/**
 * MACD(fast, slow, signal) of a stream of closes. Each EMA uses k = 2 ÷ (N + 1) and is seeded with
 * the simple mean of its first N inputs (TradingView's and TA-Lib's convention), so EMA(26) starts at
 * row 25 and the signal, an EMA(9) of the line, at row 25 + 8 = 33. `null` before that.
 */
export class MacdFold {
  private rows = 0;
  private readonly kFast: number;
  private readonly kSlow: number;
  private readonly kSignal: number;
  /** Sums of the first N inputs, then the EMAs. */
  private emaFast = 0;
  private emaSlow = 0;
  private line = NaN;
  private signalSum = 0;
  private signalEma = NaN;

  constructor(
    private readonly fast = 12,
    private readonly slow = 26,
    private readonly signal = 9,
  ) {
    if (fast > slow) throw new Error('MacdFold: the fast EMA is longer than the slow one');
    this.kFast = 2 / (fast + 1);
    this.kSlow = 2 / (slow + 1);
    this.kSignal = 2 / (signal + 1);
  }

  push(close: number): void {
    if (this.rows >= this.slow + this.signal - 1) {
      // Both EMAs and the signal running: the path of nearly every session.
      this.rows++;
      this.emaFast += this.kFast * (close - this.emaFast);
      this.emaSlow += this.kSlow * (close - this.emaSlow);
      this.line = this.emaFast - this.emaSlow;
      this.signalEma += this.kSignal * (this.line - this.signalEma);
    } else {
      this.warmUp(close);
    }
  }

  /** Rows up to the first signal value: the seeds of the EMAs and of the signal. */
  private warmUp(close: number): void {
    const row = this.rows++;
    const { fast, slow } = this;
    if (row < fast) {
      this.emaFast += close;
      if (row === fast - 1) this.emaFast /= fast;
    } else {
      this.emaFast += this.kFast * (close - this.emaFast);
    }
    if (row < slow) {
      this.emaSlow += close;
      if (row === slow - 1) this.emaSlow /= slow;
    } else {
      this.emaSlow += this.kSlow * (close - this.emaSlow);
    }
    if (row < slow - 1) return;
    this.line = this.emaFast - this.emaSlow;
    const n = row - slow + 2; // how many line values so far
    if (n < this.signal) this.signalSum += this.line;
    else this.signalEma = (this.signalSum + this.line) / this.signal;
  }

  result(): Macd | null {
    if (this.rows < this.slow + this.signal - 1) return null;
    return { line: this.line, signal: this.signalEma, histogram: this.line - this.signalEma };
  }
}
