// TEMPORARY adapter (replaced by the incremental fold): collects the rows, then computes.
import { computeMarketContext } from './computeMarketContext.js';
import type { MilestoneRow } from './IndexReport.type.js';
import type { MarketContext } from './MarketContext.type.js';
import type { LevelPlan } from './MilestoneConfig.type.js';

export class MarketContextFold {
  private days: number[] = [];
  private close: number[] = [];
  private high: number[] = [];
  private low: number[] = [];
  constructor(
    private readonly plan: LevelPlan,
    private readonly atOrAbove: boolean,
    private readonly hasHigh: boolean,
    private readonly hasLow: boolean,
  ) {}
  push(day: number, high: number, low: number, close: number): void {
    this.days.push(day);
    this.close.push(close);
    this.high.push(high);
    this.low.push(low);
  }
  result(milestones: readonly MilestoneRow[]): MarketContext {
    const n = this.days.length;
    const series = {
      symbol: '',
      source: '',
      length: n,
      days: Int32Array.from(this.days),
      close: Float64Array.from(this.close),
      high: this.hasHigh ? Float64Array.from(this.high) : null,
      low: this.hasLow ? Float64Array.from(this.low) : null,
      lines: new Int32Array(n),
    };
    void this.plan;
    return computeMarketContext(series, n - 1, milestones, this.atOrAbove);
  }
}
