import { isoFromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import { type InputWarning, LISTED_ROWS, RowTally, type WarningKind } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { PRICE } from '../core/PRICE.js';

/** Per-row flags (bits) returned by `QualityChecker.push`. */
export const ROW_FLAG = {
  /** open = high = low = close (or high = low = close without an open): no real intraday range. */
  flat: 1,
  /** high below close or low above close. */
  badRange: 2,
  /** A Sunday, or a Saturday after the NYSE's last Saturday session (1952-05-24). */
  weekend: 4,
} as const;

/** Saturdays after this day are suspicious: the NYSE's last Saturday session (its summer closing from 1952-05-31 never ended). */
const LAST_SATURDAY_SESSION = toDayNumber(1952, 5, 24);
/** A close this many times above (or below) both neighbouring closes is out of line. */
const OUT_OF_LINE_RATIO = 1.5;
/** Consecutive sessions further apart than this (days) suggest a mistyped year: 0020 for 2020, 1800 in modern data. */
const MAX_GAP_DAYS = 5 * 366;
/** How many example rows a summary line names. */
const EXAMPLES = 3;

interface Example {
  readonly line: number;
  readonly day: number;
  readonly note: string;
}

/** Rows of one kind (the first `LISTED_ROWS` listed), with the first few as examples for the message. */
interface Tally {
  readonly rows: RowTally;
  readonly examples: Example[];
}

const newTally = (listed: number): Tally => ({ rows: new RowTally(listed), examples: [] });

function addTo(tally: Tally, line: number, day: number, note = ''): void {
  if (tally.rows.count < EXAMPLES) tally.examples.push({ line, day, note });
  tally.rows.add(line, day);
}

function listOf(tally: Tally): string {
  const shown = tally.examples.map((e) => `line ${e.line} (${isoFromDayNumber(e.day)}${e.note})`).join(', ');
  return tally.rows.count > EXAMPLES ? `${shown}, …` : shown;
}

/** A stretch of consecutive flat rows. */
interface Run {
  startLine: number;
  startDay: number;
  endDay: number;
  length: number;
}

/**
 * Streaming data-quality checks for one index's sessions, pushed in ascending date order. Rows are
 * never dropped here: suspicious-but-possible rows are kept and summarised by `finish`, one warning
 * per kind with a count and the first few lines. Memory is constant; the out-of-line check holds one
 * row of lookahead. Warning text depends only on the rows, so it is deterministic.
 */
export class QualityChecker {
  private rows = 0;
  private readonly flat: Tally;
  private readonly badRange: Tally;
  private readonly weekend: Tally;
  private readonly outOfLine: Tally;
  private readonly future: Tally;
  private readonly gaps: Tally;
  private run: Run | null = null;
  private longest: Run | null = null;
  private runs = 0;
  /** The previous two closes (a, b) and the line/day of b, for the out-of-line check on b. */
  private closeA = Number.NaN;
  private closeB = Number.NaN;
  private lineB = 0;
  private dayB = 0;

  constructor(
    private readonly source: string,
    /** Prefix for messages, e.g. `SPX: ` in a file with several indexes; empty otherwise. */
    private readonly prefix = '',
    /** The run's date (day number): sessions after it are flagged; `null`: none are. */
    private readonly today: number | null = null,
    /** How many rows each warning lists. */
    listed = LISTED_ROWS,
  ) {
    this.flat = newTally(listed);
    this.badRange = newTally(listed);
    this.weekend = newTally(listed);
    this.outOfLine = newTally(listed);
    this.future = newTally(listed);
    this.gaps = newTally(listed);
  }

  /**
   * Checks the next session, its prices (open, high, low, close) indexed by `PRICE`; returns its
   * `ROW_FLAG` bits. `NaN` for an open, high or low the file does not have (or leaves empty on this
   * row). An array, not arguments: prices passed to a call that is not inlined are boxed on the heap.
   */
  push(day: number, prices: Float64Array, line: number): number {
    const open = prices[PRICE.open];
    const high = prices[PRICE.high];
    const low = prices[PRICE.low];
    const close = prices[PRICE.close];
    let flags = 0;
    this.rows++;
    if (high < close || low > close) {
      flags |= ROW_FLAG.badRange;
      addTo(this.badRange, line, day, high < close ? `: high ${high} < close ${close}` : `: low ${low} > close ${close}`);
    }
    const weekday = weekdayOf(day);
    if (weekday === 0 || (weekday === 6 && day > LAST_SATURDAY_SESSION)) {
      flags |= ROW_FLAG.weekend;
      addTo(this.weekend, line, day, weekday === 0 ? ', a Sunday' : ', a Saturday');
    }
    if (this.today !== null && day > this.today) addTo(this.future, line, day);
    if (this.rows > 1 && day - this.dayB > MAX_GAP_DAYS) {
      // Named from its earlier session: `line 2 (0000-01-02) to line 3 (2020-01-02, 2,020 years)`.
      addTo(this.gaps, this.lineB, this.dayB, `) to line ${line} (${isoFromDayNumber(day)}, ${years(day - this.dayB)}`);
    }
    if (high === close && low === close && (open === close || Number.isNaN(open))) {
      flags |= ROW_FLAG.flat;
      addTo(this.flat, line, day);
      this.extendRun(line, day);
    } else {
      this.run = null;
    }
    this.next(close, line, day);
    return flags;
  }

  /** Checks the previous close `b` now that its successor `close` is known, and moves on to it. */
  private next(close: number, line: number, day: number): void {
    this.checkOutOfLine(close);
    this.closeA = this.closeB;
    this.closeB = close;
    this.lineB = line;
    this.dayB = day;
  }

  private extendRun(line: number, day: number): void {
    if (this.run === null) {
      this.run = { startLine: line, startDay: day, endDay: day, length: 0 };
      this.runs++;
    }
    this.run.endDay = day;
    this.run.length++;
    if (this.longest === null || this.run.length > this.longest.length) this.longest = this.run;
  }

  /** Checks the previous close `b` now that its successor `c` is known. */
  private checkOutOfLine(c: number): void {
    const a = this.closeA;
    const b = this.closeB;
    if (!(a > 0)) return;
    const r = OUT_OF_LINE_RATIO;
    if ((b >= a * r && b >= c * r) || (b * r <= a && b * r <= c)) {
      addTo(this.outOfLine, this.lineB, this.dayB, `: close ${b} between ${a} and ${c}`);
    }
  }

  /** One warning per kind found, in a fixed order. */
  finish(): InputWarning[] {
    const out: InputWarning[] = [];
    const warn = (kind: WarningKind, tally: Tally, message: string): void => {
      const { count, rows } = tally.rows;
      if (count > 0) out.push({ kind, source: this.source, line: rows[0].line, count, rows, message: `${this.prefix}${message}` });
    };
    warn('highBelowClose', this.badRange, `${rows(this.badRange.rows.count)} with high below close or low above close, kept: ${listOf(this.badRange)}`);
    warn('weekendRows', this.weekend, `${rows(this.weekend.rows.count)} on a weekend (a Sunday, or a Saturday after 1952-05-24), kept: ${listOf(this.weekend)}`);
    if (this.today !== null) {
      warn('futureRows', this.future, `${rows(this.future.rows.count)} dated after today (${isoFromDayNumber(this.today)}), kept: ${listOf(this.future)}`);
    }
    const gaps = this.gaps.rows.count;
    warn('yearGaps', this.gaps, `${formatDecimal(gaps, 0, 3)} gap${gaps === 1 ? '' : 's'} of more than 5 years between consecutive sessions (a mistyped year?), kept: ${listOf(this.gaps)}`);
    warn('outOfLineCloses', this.outOfLine, `${rows(this.outOfLine.rows.count)} with a close far out of line with both neighbours (1.5× or more), kept: ${listOf(this.outOfLine)}`);
    if (this.longest !== null) warn('flatRows', this.flat, this.flatMessage(this.longest));
    return out;
  }

  /** Short, one line on stderr: `milestones quality` lists every stretch. */
  private flatMessage(longest: Run): string {
    const span = longest.length === 1 ? isoFromDayNumber(longest.startDay) : `${isoFromDayNumber(longest.startDay)}..${isoFromDayNumber(longest.endDay)}`;
    const what = `${rows(this.flat.rows.count)} with no intraday range (open = high = low = close), kept`;
    if (this.runs === 1) return `${what}: ${span}`;
    const others = `${formatDecimal(this.flat.rows.count - longest.length, 0, 3)} in ${this.runs - 1} other stretch${this.runs === 2 ? '' : 'es'}`;
    return `${what}: ${formatDecimal(longest.length, 0, 3)} in ${span}, ${others}`;
  }

}

function years(days: number): string {
  const n = Math.floor(days / 365.2425);
  return `${formatDecimal(n, 0, 3)} years`;
}

function rows(n: number): string {
  return `${formatDecimal(n, 0, 3)} row${n === 1 ? '' : 's'}`;
}
