import { describeGap } from '../calendar/describeGap.js';
import { SessionAudit } from '../calendar/SessionAudit.js';
import { DrawdownFold } from '../core/DrawdownFold.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { Intraday } from '../core/Intraday.type.js';
import { MarketContextFold } from '../core/MarketContextFold.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../core/MilestoneTracker.js';
import { SeriesWindow } from '../core/SeriesWindow.js';
import type { SessionFold } from '../ingest/IndexStream.js';
import { PRICE } from '../core/PRICE.js';
import { milestoneGap } from '../core/milestoneGap.js';
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
  /** With a calendar: the rows checked against it, for the notes on gaps that rows would count otherwise. */
  readonly audit: SessionAudit | null;
  /** Whether some session had a high (a low): the folds report intraday facts only then. */
  private readonly intraday: Intraday = { high: false, low: false };

  constructor(
    readonly config: MilestoneConfig,
    parts: FoldParts,
  ) {
    this.tracker = new MilestoneTracker(config, this.intraday);
    this.context = parts.context ? new MarketContextFold(config.plan, config.atOrAbove, this.intraday, parts.context !== 'withoutLevels') : null;
    this.drawdowns = parts.drawdownMinPct === undefined ? null : new DrawdownFold(parts.drawdownMinPct);
    this.window = parts.window === undefined ? null : new SeriesWindow(parts.window.fromDay, this.intraday);
    this.audit = config.calendar ? new SessionAudit(config.calendar) : null;
  }

  push(day: number, prices: Float64Array, line: number): void {
    const intraday = this.intraday;
    if (!intraday.high && !Number.isNaN(prices[PRICE.high])) intraday.high = true;
    if (!intraday.low && !Number.isNaN(prices[PRICE.low])) intraday.low = true;
    this.tracker.push(day, prices);
    if (this.audit !== null) this.audit.push(day, line);
    if (this.context !== null) this.context.push(day, prices[PRICE.high], prices[PRICE.low], prices[PRICE.close]);
    if (this.drawdowns !== null) this.drawdowns.push(day, prices[PRICE.close]);
    if (this.window !== null) this.window.push(day, prices[PRICE.high], prices[PRICE.low], prices[PRICE.close]);
  }

  /** The index's report, with its market context when folded. Requires at least one session. */
  report(symbol: string, source: string): IndexReport {
    const tracked = withKnownIndex(this.tracker.report(symbol, source));
    const report = this.audit === null ? tracked : withGapNotes(tracked, this.audit);
    return this.context === null ? report : { ...report, context: this.context.result(report.milestones) };
  }
}

/** The report with each trading-day gap's note (`MilestoneRow.gapNote`, over `milestoneGap`'s days) and the calendar's name. */
function withGapNotes(report: IndexReport, audit: SessionAudit): IndexReport {
  const findings = audit.findings();
  const milestones = report.milestones.map((row, slot) => {
    const gap = milestoneGap(report, slot);
    const gapNote = gap === null ? null : describeGap(findings, audit.calendar, gap.after, gap.upTo);
    return { ...row, gapNote };
  });
  return { ...report, milestones, calendar: audit.calendar.name };
}
