import type { TrackerSegment } from '../../core/SegmentRecorder.js';
import type { InputWarning } from '../../errors.js';
import { type CheckerState, QualityChecker, ROW_FLAG } from '../QualityChecker.js';
import { NotPlainError } from './NotPlainError.js';
import { PRICE } from './scanPlainRows.js';

/** Where a stream's sessions go: a `MilestoneTracker`, or a `SegmentRecorder` for a stretch read apart. */
export interface SessionFold {
  push(day: number, high: number, close: number): void;
  /** Continues with a later stretch of sessions folded apart by a `SegmentRecorder`. */
  absorb(later: TrackerSegment): void;
  readonly sessions: number;
}

/** A stream's own state (all but its fold), as plain data: it crosses threads. */
export interface StreamState {
  readonly symbol: string;
  readonly rows: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly maxReach: number;
  readonly flatHighDays: readonly number[];
  readonly checker: CheckerState;
}

/**
 * One index's rows as the scanner meets them, in ascending date order, folded straight into a
 * `SessionFold` and a `QualityChecker`: memory is the fold's and the flat days that set a new high,
 * not the rows. A row out of date order or repeating a date throws `NotPlainError`: the general path
 * sorts, drops or refuses it, with its own warnings and messages.
 */
export class SymbolStream<F extends SessionFold> {
  private readonly checker: QualityChecker;
  private rows = 0;
  private firstDay = 0;
  private lastDay = 0;
  private maxReach = -Infinity;
  /**
   * Days of flat rows (open = high = low = close) that set a new running high: only such a row can be
   * a first touch or the record high, the facts `warnFlatRowFacts` asks about.
   */
  private readonly flatHighDays = new Set<number>();

  constructor(
    readonly symbol: string,
    source: string,
    /** Sessions on or before the as-of day go here; `null` once released. */
    public fold: F | null,
    private readonly asOfDay: number | null,
    private readonly hasHigh: boolean,
    /** The general path's warning prefix: `SYMBOL: ` in a file with a symbol column. */
    prefix: string,
  ) {
    this.checker = new QualityChecker(source, prefix);
  }

  /** Adds one session row: its prices indexed by `PRICE` (`NaN` for an absent column). */
  add(day: number, prices: Float64Array, line: number): void {
    const open = prices[PRICE.open];
    const high = prices[PRICE.high];
    const low = prices[PRICE.low];
    const close = prices[PRICE.close];
    if (this.rows === 0) this.firstDay = day;
    else if (day <= this.lastDay) throw new NotPlainError();
    this.rows++;
    this.lastDay = day;
    const flags = this.checker.push(day, open, high, low, close, line);
    const reach = this.hasHigh && high > close ? high : close;
    if (reach > this.maxReach) {
      this.maxReach = reach;
      if ((flags & ROW_FLAG.flat) !== 0) this.flatHighDays.add(day);
    }
    if (this.asOfDay === null || day <= this.asOfDay) this.fold!.push(day, high, close);
  }

  /** All but the fold, for the stream of the rows before these (`absorb`). */
  state(): StreamState {
    const { symbol, rows, firstDay, lastDay, maxReach } = this;
    return { symbol, rows, firstDay, lastDay, maxReach, flatHighDays: [...this.flatHighDays], checker: this.checker.state() };
  }

  /**
   * Continues with the rows of the same index that a stream over the rest of the file saw (its lines
   * counted from 0 before its first row), and continues the fold with theirs. Throws `NotPlainError`
   * when they do not come after these in date order.
   */
  absorb(later: StreamState, laterFold: TrackerSegment, lineOffset: number): void {
    if (later.rows === 0) return;
    this.fold!.absorb(laterFold);
    if (this.rows > 0 && later.firstDay <= this.lastDay) throw new NotPlainError();
    if (this.rows === 0) this.firstDay = later.firstDay;
    this.rows += later.rows;
    this.lastDay = later.lastDay;
    // A superset of the flat days that set a new high overall, which is all `isFlatDay` is asked about.
    for (const day of later.flatHighDays) this.flatHighDays.add(day);
    if (later.maxReach > this.maxReach) this.maxReach = later.maxReach;
    this.checker.absorb(later.checker, lineOffset);
  }

  /** Moves the line numbers of the stream's warnings by `delta`. */
  shiftLines(delta: number): void {
    this.checker.shiftLines(delta);
  }

  /** The data-quality warnings, as the general path words and orders them. */
  finish(warnings: InputWarning[]): void {
    warnings.push(...this.checker.finish());
  }

  /** Whether any session is on or before the as-of day. */
  get hasSessions(): boolean {
    return this.fold !== null && this.fold.sessions > 0;
  }

  /** Whether the session of `day` had no intraday range, for the facts a report can rest on; `null`: none can. */
  get isFlatDay(): ((day: number) => boolean) | null {
    const days = this.flatHighDays;
    return days.size === 0 ? null : (day) => days.has(day);
  }
}
