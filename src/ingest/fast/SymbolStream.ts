import type { IndexReport } from '../../core/IndexReport.type.js';
import type { MilestoneConfig } from '../../core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../../core/MilestoneTracker.js';
import type { InputWarning } from '../../errors.js';
import { QualityChecker, ROW_FLAG } from '../QualityChecker.js';
import { NotPlainError } from './NotPlainError.js';
import { PRICE } from './scanPlainRows.js';

/**
 * One index's rows as the scanner meets them, in ascending date order, folded straight into a
 * `MilestoneTracker` and a `QualityChecker`: memory is the milestone levels and the flat days that
 * set a new high, not the rows. A row out of date order or repeating a date throws `NotPlainError`:
 * the general path sorts, drops or refuses it, with its own warnings and messages.
 */
export class SymbolStream {
  private tracker: MilestoneTracker | null;
  private readonly checker: QualityChecker;
  private rows = 0;
  private lastDay = 0;
  private maxReach = -Infinity;
  /**
   * Days of flat rows (open = high = low = close) that set a new running high: only such a row can be
   * a first touch or the record high, the facts `warnFlatRowFacts` asks about.
   */
  private readonly flatHighDays = new Set<number>();

  constructor(
    readonly symbol: string,
    private readonly source: string,
    config: MilestoneConfig,
    private readonly asOfDay: number | null,
    private readonly hasHigh: boolean,
    /** The general path's warning prefix: `SYMBOL: ` in a file with a symbol column. */
    prefix: string,
  ) {
    this.tracker = new MilestoneTracker(config, hasHigh);
    this.checker = new QualityChecker(source, prefix);
  }

  /** Adds one session row: its prices indexed by `PRICE` (`NaN` for an absent column). */
  add(day: number, prices: Float64Array, line: number): void {
    const open = prices[PRICE.open];
    const high = prices[PRICE.high];
    const low = prices[PRICE.low];
    const close = prices[PRICE.close];
    if (this.rows > 0 && day <= this.lastDay) throw new NotPlainError();
    this.rows++;
    this.lastDay = day;
    const flags = this.checker.push(day, open, high, low, close, line);
    const reach = this.hasHigh && high > close ? high : close;
    if (reach > this.maxReach) {
      this.maxReach = reach;
      if ((flags & ROW_FLAG.flat) !== 0) this.flatHighDays.add(day);
    }
    if (this.asOfDay === null || day <= this.asOfDay) this.tracker!.push(day, high, close);
  }

  /** The data-quality warnings, as the general path words and orders them. */
  finish(warnings: InputWarning[]): void {
    warnings.push(...this.checker.finish());
  }

  /** Whether any session is on or before the as-of day. */
  get hasSessions(): boolean {
    return this.tracker !== null && this.tracker.sessions > 0;
  }

  /** Whether the session of `day` had no intraday range, for the facts a report can rest on. */
  readonly isFlatDay = (day: number): boolean => this.flatHighDays.has(day);

  /** The report (only when `hasSessions`). Frees the levels it was made from. */
  report(): IndexReport {
    const report = this.tracker!.report(this.symbol, this.source);
    this.tracker = null;
    return report;
  }
}
