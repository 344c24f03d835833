import { TooManyLevels } from '../core/MilestoneTracker.js';
import { InputError, type InputWarning, LISTED_ROWS, quote, UsageError } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { conflictError, type DroppedRow, duplicateWarning, samePrices } from './duplicateRows.js';
import { HeldRows } from './HeldRows.js';
import { PRICE } from '../core/PRICE.js';
import { QualityChecker, ROW_FLAG } from './QualityChecker.js';

/**
 * What one index's sessions are folded into, in ascending date order. The prices come in a reused
 * array indexed by `PRICE`, valid during the call only: a price passed as a number to a call that is
 * not inlined is boxed on the heap, and a large file has millions of rows.
 */
export interface SessionFold {
  /** `line`: the row's line in the file (for a fold that reports rows by line). */
  push(day: number, prices: Float64Array, line: number): void;
}

/**
 * Indexes one run may read (all its files together): each keeps its folds until the output is
 * written, and this many keep every command under its memory bound (docs/performance.md).
 */
export const MAX_INDEXES = 10_000;

/** The error for the index (`symbol`, first on `line`) past `MAX_INDEXES`. */
export function tooManyIndexes(source: string, line: number, symbol: string): InputError {
  return new InputError(source, line, `${quote(symbol)} would be index ${formatDecimal(MAX_INDEXES + 1, 0, 3)}: a run reads at most ${formatDecimal(MAX_INDEXES, 0, 3)} indexes (split the file by symbol)`);
}

/** Thrown by a streaming `IndexStream` meeting a row dated before the one it last took: the file must be read again, holding its rows. */
export class RowsOutOfOrder extends Error {
  override readonly name = 'RowsOutOfOrder';
}

/**
 * One index's rows as the reader meets them. Streaming (the usual case, rows in ascending date order
 * per index), each row goes straight into the data-quality checks and, when on or before the as-of
 * day, into the index's fold: memory is the fold's, not the rows'. An identical repeat of the last
 * row is dropped (and counted); a repeat with other values is an error, raised once the file is read.
 * Holding (`hold`), rows are kept until `finish`, then sorted and handed on the same way.
 */
export class IndexStream<F extends SessionFold> {
  private readonly checker: QualityChecker;
  private readonly held: HeldRows | null;
  /** Sessions handed to the fold (those on or before the as-of day). */
  sessions = 0;
  /** Day number of the index's first session in the file (`NaN` before any). */
  firstDay = Number.NaN;
  /** This index's own data-quality warnings, once `finish` has made them. */
  flagged: readonly InputWarning[] = [];
  private lastDay = Number.NEGATIVE_INFINITY;
  private readonly last = new Float64Array(4);
  private lastLine = 0;
  /** Identical repeats dropped: how many, and the first `listedRows` (all of them for held rows, to sort). */
  private droppedCount = 0;
  private readonly dropped: DroppedRow[] = [];
  private conflict: { day: number; lineA: number; lineB: number } | null = null;
  private maxReach = Number.NEGATIVE_INFINITY;
  /**
   * Days of flat rows (open = high = low = close) that set a new running high: only such a row can be
   * a first touch or the record high, the facts `warnFlatRowFacts` asks about.
   */
  private readonly flatHighDays = new Set<number>();

  constructor(
    readonly symbol: string,
    private readonly source: string,
    readonly fold: F,
    private readonly asOfDay: number | null,
    /** Warning prefix: `SYMBOL: ` in a file with a symbol column, else empty. */
    prefix: string,
    hold: boolean,
    /** The run's date (day number), for the check of sessions after it; `null`: no such check. */
    today: number | null = null,
    /** How many rows each warning lists. */
    private readonly listedRows = LISTED_ROWS,
  ) {
    this.checker = new QualityChecker(source, prefix, today, listedRows);
    this.held = hold ? new HeldRows() : null;
  }

  /**
   * The next row of this index in file order, its prices indexed by `PRICE`. Throws `RowsOutOfOrder`
   * when streaming and it is dated before the last.
   */
  add(day: number, prices: Float64Array, line: number): void {
    if (this.held !== null) return this.held.add(day, prices, line);
    if (day <= this.lastDay) {
      if (day < this.lastDay) throw new RowsOutOfOrder();
      if (!samePrices(this.last, prices)) this.conflict ??= { day, lineA: this.lastLine, lineB: line };
      else if (this.droppedCount++ < this.listedRows) this.dropped.push({ keptLine: this.lastLine, line, day });
      return;
    }
    this.lastDay = day;
    this.lastLine = line;
    const last = this.last;
    last[0] = prices[0];
    last[1] = prices[1];
    last[2] = prices[2];
    last[3] = prices[3];
    this.accept(day, prices, line);
  }

  /** A session in date order: quality checks on every row, the fold on those up to the as-of day. */
  private accept(day: number, prices: Float64Array, line: number): void {
    if (Number.isNaN(this.firstDay)) this.firstDay = day;
    const high = prices[PRICE.high];
    const close = prices[PRICE.close];
    const flags = this.checker.push(day, prices, line);
    const reach = high > close ? high : close;
    if (reach > this.maxReach) {
      this.maxReach = reach;
      if ((flags & ROW_FLAG.flat) !== 0) this.flatHighDays.add(day);
    }
    if (this.asOfDay === null || day <= this.asOfDay) {
      this.sessions++;
      try {
        this.fold.push(day, prices, line);
      } catch (error) {
        if (error instanceof TooManyLevels) {
          const where = `${this.source}:${line}: ${this.symbol}: ${error.message}`;
          throw error.wild ? new InputError(this.source, line, `${this.symbol}: ${error.message}`) : new UsageError(where);
        }
        throw error;
      }
    }
  }

  /** Replaces the days of held rows (dates decoded once the whole column is read). */
  mapHeldDays(toDay: (code: number) => number): void {
    this.held?.mapDays(toDay);
  }

  /**
   * After the whole file: hands on held rows, raises a conflicting repeat, and adds this index's
   * warnings (dropped repeats, then the data-quality kinds).
   */
  finish(warnings: InputWarning[]): void {
    if (this.held !== null) {
      const dropped = this.held.replay(this.source, this.symbol, (d, prices, line) => this.accept(d, prices, line));
      this.dropped.push(...dropped);
      this.droppedCount += dropped.length;
    }
    if (this.conflict !== null) throw conflictError(this.source, this.symbol, this.conflict.day, this.conflict.lineA, this.conflict.lineB);
    const own: InputWarning[] = this.droppedCount > 0 ? [duplicateWarning(this.source, this.dropped, this.droppedCount, this.listedRows)] : [];
    own.push(...this.checker.finish());
    this.flagged = own.map((w) => ({ ...w, symbol: this.symbol }));
    warnings.push(...this.flagged);
  }

  /** Whether the session of `day` had no intraday range, for the facts a report can rest on; `null`: none can. */
  get isFlatDay(): ((day: number) => boolean) | null {
    const days = this.flatHighDays;
    return days.size === 0 ? null : (day) => days.has(day);
  }
}
