import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import type { IndexReport } from '../../core/IndexReport.type.js';
import type { MilestoneConfig } from '../../core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../../core/MilestoneTracker.js';
import { computeIndexReport } from '../../core/computeIndexReport.js';
import { InputError, type InputWarning } from '../../errors.js';
import { SeriesBuilder } from '../SeriesBuilder.js';

/**
 * One index's rows as the scanner meets them. While they come in ascending date order they go
 * straight into a `MilestoneTracker` (memory: the levels, not the rows). The first row older than
 * its predecessor switches the index to a `SeriesBuilder` (which sorts at the end); the rows already
 * folded must then be replayed into it from the file (`needsReplay`, from `firstOffset`).
 *
 * Duplicate dates follow `SeriesBuilder`'s rule: an identical repeat is dropped with a warning, a
 * different one is an error naming both lines, raised (by `finish`) only after the whole file was
 * read, as the general path does.
 */
export class SymbolStream {
  private tracker: MilestoneTracker | null;
  private builder: SeriesBuilder | null = null;
  private rows = 0;
  private lastDay = 0;
  private lastClose = 0;
  private lastHigh = 0;
  private lastLow = 0;
  private lastLine = 0;
  private conflict: InputError | null = null;
  private readonly warnings: InputWarning[] = [];
  /** Byte offset (in the file) of the line where the switch to sorting happened, or -1. */
  replayEnd = -1;

  constructor(
    readonly symbol: string,
    private readonly source: string,
    private readonly config: MilestoneConfig,
    private readonly asOfDay: number | null,
    private readonly hasHigh: boolean,
    private readonly hasLow: boolean,
    /** Byte offset and line number of this index's first row. */
    readonly firstOffset: number,
    readonly firstLine: number,
  ) {
    this.tracker = new MilestoneTracker(config, hasHigh);
  }

  /** In date order so far, with no repeated date. */
  get clean(): boolean {
    return this.builder === null && this.warnings.length === 0 && this.conflict === null;
  }

  get needsReplay(): boolean {
    return this.replayEnd >= 0;
  }

  /** Adds one session row; `lineOffset` is the byte offset of its line in the file. */
  add(day: number, close: number, high: number, low: number, line: number, lineOffset: number): void {
    if (this.builder !== null) {
      this.builder.add(day, close, high, low, line);
      return;
    }
    if (this.rows > 0 && day <= this.lastDay) {
      if (day === this.lastDay) {
        this.repeat(close, high, low, line);
        return;
      }
      this.switchToSorting(lineOffset);
      this.builder!.add(day, close, high, low, line);
      return;
    }
    this.rows++;
    this.lastDay = day;
    this.lastClose = close;
    this.lastHigh = high;
    this.lastLow = low;
    this.lastLine = line;
    if (this.asOfDay === null || day <= this.asOfDay) this.tracker!.push(day, high, close);
  }

  /** Adds a row replayed from before the switch to sorting. */
  addReplayed(day: number, close: number, high: number, low: number, line: number): void {
    this.builder!.add(day, close, high, low, line);
  }

  private repeat(close: number, high: number, low: number, line: number): void {
    const same =
      Object.is(close, this.lastClose) &&
      (!this.hasHigh || Object.is(high, this.lastHigh)) &&
      (!this.hasLow || Object.is(low, this.lastLow));
    const date = isoFromDayNumber(this.lastDay);
    if (same) {
      this.warnings.push({ source: this.source, line, message: `duplicate of line ${this.lastLine} (${date}) dropped` });
    } else if (this.conflict === null) {
      this.conflict = new InputError(this.source, line, `${this.symbol} date ${date} also on line ${this.lastLine} with different values`);
    }
  }

  private switchToSorting(lineOffset: number): void {
    this.tracker = null;
    this.warnings.length = 0;
    this.conflict = null;
    this.builder = new SeriesBuilder(this.symbol, this.source, this.hasHigh, this.hasLow);
    this.replayEnd = lineOffset;
  }

  /** Duplicate warnings, or the first conflicting duplicate as an error (after the whole file). */
  finish(warnings: InputWarning[]): void {
    if (this.builder !== null) {
      this.series = this.builder.build(warnings);
      this.builder = null;
      return;
    }
    if (this.conflict !== null) throw this.conflict;
    warnings.push(...this.warnings);
  }

  private series: ReturnType<SeriesBuilder['build']> | null = null;

  /** Whether any session is on or before the as-of day (after `finish`). */
  get hasSessions(): boolean {
    const s = this.series;
    if (s === null) return this.tracker!.sessions > 0;
    return s.length > 0 && (this.asOfDay === null || s.days[0] <= this.asOfDay);
  }

  /** The report (after `finish`; only when `hasSessions`). Frees the rows or levels it was made from. */
  report(): IndexReport {
    const report = this.series !== null ? computeIndexReport(this.series, this.config, this.asOfDay) : this.tracker!.report(this.symbol, this.source);
    if (report === null) throw new Error(`SymbolStream.report: ${this.symbol} has no session`);
    this.series = null;
    this.tracker = null;
    return report;
  }
}
