// TEMPORARY adapter (replaced by the incremental fold): collects the rows, then computes.
import { findDrawdowns } from './findDrawdowns.js';
import type { DrawdownEpisode } from './MarketContext.type.js';

export class DrawdownFold {
  private days: number[] = [];
  private close: number[] = [];
  constructor(private readonly minDepthPct: number) {}
  push(day: number, close: number): void {
    this.days.push(day);
    this.close.push(close);
  }
  episodes(): DrawdownEpisode[] {
    const n = this.days.length;
    const series = { symbol: '', source: '', length: n, days: Int32Array.from(this.days), close: Float64Array.from(this.close), high: null, low: null, lines: new Int32Array(n) };
    return findDrawdowns(series, n - 1, this.minDepthPct);
  }
}
