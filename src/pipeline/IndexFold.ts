import { DrawdownFold } from '../core/DrawdownFold.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import { MarketContextFold } from '../core/MarketContextFold.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../core/MilestoneTracker.js';
import { SeriesWindow } from '../core/SeriesWindow.js';
import type { SessionFold } from '../ingest/IndexStream.js';
import { PRICE } from '../core/PRICE.js';
import { withKnownIndex } from '../registry/knownIndexFacts.js';

/** Which folds a command needs besides the milestone tracker, which every command has. */
export interface FoldParts {
  /**
   * Records, returns, 52-week range, indicators and per-level history (`IndexReport.context`);
   * `withoutLevels`: all but the per-level history.
   */
  readonly context?: boolean | 'withoutLevels';
  /** Drawdown episodes at least this deep (percent). */
  readonly drawdownMinPct?: number;
  /** The sessions from this day on (a chart); `null`: all of them. */
  readonly window?: { readonly fromDay: number | null };
}

/** Everything one index's sessions are folded into for one command. */
export class IndexFold implements SessionFold {
  readonly tracker: MilestoneTracker;
  readonly context: MarketContextFold | null;
  readonly drawdowns: DrawdownFold | null;
  readonly window: SeriesWindow | null;

  constructor(
    readonly config: MilestoneConfig,
    columns: { readonly hasHigh: boolean; readonly hasLow: boolean },
    parts: FoldParts,
  ) {
    this.tracker = new MilestoneTracker(config, columns.hasHigh);
    this.context = parts.context
      ? new MarketContextFold(config.plan, config.atOrAbove, columns.hasHigh, columns.hasLow, parts.context !== 'withoutLevels')
      : null;
    this.drawdowns = parts.drawdownMinPct === undefined ? null : new DrawdownFold(parts.drawdownMinPct);
    this.window = parts.window === undefined ? null : new SeriesWindow(parts.window.fromDay, columns.hasHigh, columns.hasLow);
  }

  push(day: number, prices: Float64Array): void {
    this.tracker.push(day, prices);
    if (this.context !== null) this.context.push(day, prices[PRICE.high], prices[PRICE.low], prices[PRICE.close]);
    if (this.drawdowns !== null) this.drawdowns.push(day, prices[PRICE.close]);
    if (this.window !== null) this.window.push(day, prices[PRICE.high], prices[PRICE.low], prices[PRICE.close]);
  }

  /** The index's report, with its market context when folded. Requires at least one session. */
  report(symbol: string, source: string): IndexReport {
    const report = withKnownIndex(this.tracker.report(symbol, source));
    return this.context === null ? report : { ...report, context: this.context.result(report.milestones) };
  }
}
