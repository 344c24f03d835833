import { isoFromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';

/** Per-row flags (bits) returned by `QualityChecker.push`. */
export const ROW_FLAG = {
  /** open = high = low = close (or high = low = close without an open): no real intraday range. */
  flat: 1,
  /** high below close or low above close. */
  badRange: 2,
  /** A Sunday, or a Saturday after the NYSE's last Saturday session (1952-05-24). */
  weekend: 4,
} as const;

/** Saturdays after this day are suspicious: the NYSE dropped Saturday sessions in June 1952. */
const LAST_SATURDAY_SESSION = toDayNumber(1952, 5, 31);
/** A close this many times above (or below) both neighbouring closes is out of line. */
const OUT_OF_LINE_RATIO = 1.5;
/** How many example rows a summary line names. */
const EXAMPLES = 3;

interface Example {
  readonly line: number;
  readonly day: number;
  readonly note: string;
}

/** How many rows of one kind, with the first few as examples. A plain object: it crosses threads. */
interface Tally {
  count: number;
  readonly examples: Example[];
}

const newTally = (): Tally => ({ count: 0, examples: [] });

function addTo(tally: Tally, line: number, day: number, note = ''): void {
  if (tally.count++ < EXAMPLES) tally.examples.push({ line, day, note });
}

/** `tally` followed by the rows of `later` (lines shifted by `offset`). */
function extend(tally: Tally, later: Tally, offset: number): void {
  for (const e of later.examples) if (tally.examples.length < EXAMPLES) tally.examples.push({ ...e, line: e.line + offset });
  tally.count += later.count;
}

function listOf(tally: Tally): string {
  const shown = tally.examples.map((e) => `line ${e.line} (${isoFromDayNumber(e.day)}${e.note})`).join(', ');
  return tally.count > EXAMPLES ? `${shown}, …` : shown;
}

/** A stretch of consecutive flat rows. */
interface Run {
  startLine: number;
  startDay: number;
  endDay: number;
  length: number;
}

/**
 * Everything a `QualityChecker` knows, as plain data (it crosses threads): a checker over a later
 * stretch of the same index's rows hands this to the checker of the earlier stretch (`absorb`).
 */
export interface CheckerState {
  readonly rows: number;
  readonly flat: Tally;
  readonly badRange: Tally;
  readonly weekend: Tally;
  readonly outOfLine: Tally;
  readonly runs: number;
  readonly firstRuns: readonly Run[];
  readonly longest: Run | null;
  /** The stretch of flat rows the rows end in, if they do. */
  readonly run: Run | null;
  /** The first two rows' closes, the first's line and day: the out-of-line checks across a boundary need them. */
  readonly headCloses: readonly [number, number];
  readonly headLine: number;
  readonly headDay: number;
  /** The last two closes (a, b) and the line and day of b. */
  readonly closeA: number;
  readonly closeB: number;
  readonly lineB: number;
  readonly dayB: number;
}

/**
 * Streaming data-quality checks for one index's sessions, pushed in ascending date order. Rows are
 * never dropped here: suspicious-but-possible rows are kept and summarised by `finish`, one warning
 * per kind with a count and the first few lines. Memory is constant; the out-of-line check holds one
 * row of lookahead. Warning text depends only on the rows, so it is deterministic.
 */
export class QualityChecker {
  private rows = 0;
  private readonly flat = newTally();
  private readonly badRange = newTally();
  private readonly weekend = newTally();
  private readonly outOfLine = newTally();
  private run: Run | null = null;
  private longest: Run | null = null;
  private runs = 0;
  private readonly firstRuns: Run[] = [];
  private headCloses: [number, number] = [Number.NaN, Number.NaN];
  private headLine = 0;
  private headDay = 0;
  /** The previous two closes (a, b) and the line/day of b, for the out-of-line check on b. */
  private closeA = Number.NaN;
  private closeB = Number.NaN;
  private lineB = 0;
  private dayB = 0;

  constructor(
    private readonly source: string,
    /** Prefix for messages, e.g. `SPX: ` in a file with several indexes; empty otherwise. */
    private readonly prefix = '',
  ) {}

  /**
   * Checks the next session; returns its `ROW_FLAG` bits. Pass `NaN` for an open, high or low the
   * file does not have (or leaves empty on this row).
   */
  push(day: number, open: number, high: number, low: number, close: number, line: number): number {
    let flags = 0;
    if (this.rows < 2) {
      this.headCloses[this.rows] = close;
      if (this.rows === 0) {
        this.headLine = line;
        this.headDay = day;
      }
    }
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
      if (this.firstRuns.length <= EXAMPLES) this.firstRuns.push(this.run);
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

  /** Moves every line number the checker holds by `delta`: its rows' lines are counted from elsewhere. */
  shiftLines(delta: number): void {
    for (const tally of [this.flat, this.badRange, this.weekend, this.outOfLine]) {
      tally.examples.forEach((e, i) => (tally.examples[i] = { ...e, line: e.line + delta }));
    }
    for (const run of new Set([...this.firstRuns, this.longest, this.run])) if (run !== null) run.startLine += delta;
    this.headLine += delta;
    this.lineB += delta;
  }

  /** The checker's state, for the checker of the rows before these (`absorb`). */
  state(): CheckerState {
    const { rows, flat, badRange, weekend, outOfLine, runs, firstRuns, longest, run, headCloses, headLine, headDay } = this;
    return { rows, flat, badRange, weekend, outOfLine, runs, firstRuns, longest, run, headCloses, headLine, headDay, ...this.tail() };
  }

  private tail(): Pick<CheckerState, 'closeA' | 'closeB' | 'lineB' | 'dayB'> {
    return { closeA: this.closeA, closeB: this.closeB, lineB: this.lineB, dayB: this.dayB };
  }

  /**
   * Continues with the rows a checker of the rows right after these saw (`later`, its lines counted
   * from 0 before its first row): afterwards this checker is as if it had seen them all itself.
   */
  absorb(later: CheckerState, lineOffset: number): void {
    if (later.rows === 0) return;
    // Across the boundary: this stretch's last close, then the later one's first, meet their neighbours.
    this.next(later.headCloses[0], later.headLine + lineOffset, later.headDay);
    if (later.rows > 1) this.checkOutOfLine(later.headCloses[1]);
    if (this.rows < 2) this.headCloses[this.rows] = later.headCloses[0];
    if (this.rows === 0) {
      this.headLine = later.headLine + lineOffset;
      this.headDay = later.headDay;
      if (later.rows > 1) this.headCloses[1] = later.headCloses[1];
    }
    for (const kind of ['flat', 'badRange', 'weekend', 'outOfLine'] as const) extend(this[kind], later[kind], lineOffset);
    this.absorbRuns(later, lineOffset);
    this.rows += later.rows;
    if (later.rows > 1) {
      this.closeA = later.closeA;
      this.closeB = later.closeB;
      this.lineB = later.lineB + lineOffset;
      this.dayB = later.dayB;
    }
  }

  /** The later rows' stretches of flat rows: the first one continues ours when both touch the boundary. */
  private absorbRuns(later: CheckerState, lineOffset: number): void {
    // One copy per run, shared by `firstRuns`, `longest` and `run` as in a checker that saw every row.
    const copies = new Map<number, Run>();
    const copy = (r: Run): Run => {
      let c = copies.get(r.startLine);
      if (c === undefined) copies.set(r.startLine, (c = { ...r, startLine: r.startLine + lineOffset }));
      return c;
    };
    const head = later.firstRuns.length > 0 && later.firstRuns[0].startLine === later.headLine ? later.firstRuns[0] : null;
    const joined = this.run !== null && head !== null ? this.run : null;
    if (joined !== null && head !== null) {
      joined.endDay = head.endDay;
      joined.length += head.length;
      copies.set(head.startLine, joined);
      if (this.longest === null || joined.length > this.longest.length) this.longest = joined;
    }
    this.runs += later.runs - (joined === null ? 0 : 1);
    for (const r of later.firstRuns) {
      const c = copy(r);
      if (c !== joined && this.firstRuns.length <= EXAMPLES) this.firstRuns.push(c);
    }
    // The first run of the greatest length is the longest: the joined run outgrew its later part.
    if (later.longest !== null && copy(later.longest) !== joined && (this.longest === null || later.longest.length > this.longest.length)) {
      this.longest = copy(later.longest);
    }
    this.run = later.run === null ? null : copy(later.run);
  }

  /** One warning per kind found, in a fixed order. */
  finish(): InputWarning[] {
    const out: InputWarning[] = [];
    const warn = (tally: Tally, message: string): void => {
      if (tally.count > 0) out.push({ source: this.source, line: tally.examples[0].line, message: `${this.prefix}${message}` });
    };
    warn(this.badRange, `${rows(this.badRange.count)} with high below close or low above close, kept: ${listOf(this.badRange)}`);
    warn(
      this.weekend,
      `${rows(this.weekend.count)} on a weekend (a Sunday, or a Saturday after May 1952), kept: ${listOf(this.weekend)}`,
    );
    warn(this.outOfLine, `${rows(this.outOfLine.count)} with a close far out of line with both neighbours (1.5× or more), kept: ${listOf(this.outOfLine)}`);
    if (this.flat.count > 0 && this.longest !== null) {
      out.push({ source: this.source, line: this.flat.examples[0].line, message: `${this.prefix}${this.flatMessage(this.longest)}` });
    }
    return out;
  }

  private flatMessage(longest: Run): string {
    const what = `${rows(this.flat.count)} with open = high = low = close, kept (no intraday range: a first touch or record high on them is only a close):`;
    const span = (r: Run): string =>
      r.length === 1 ? isoFromDayNumber(r.startDay) : `${isoFromDayNumber(r.startDay)}..${isoFromDayNumber(r.endDay)}`;
    const main = `${span(longest)} (${rows(longest.length)} from line ${longest.startLine})`;
    if (this.runs === 1) return `${what} ${main}`;
    const others = this.firstRuns.filter((r) => r.startLine !== longest.startLine).slice(0, EXAMPLES);
    const shown = others.map((r) => `line ${r.startLine} (${span(r)})`).join(', ');
    const more = this.runs - 1 > others.length ? ', …' : '';
    const stretches = `${this.runs - 1} other stretch${this.runs === 2 ? '' : 'es'}`;
    return `${what} ${main}, and ${rows(this.flat.count - longest.length)} in ${stretches}: ${shown}${more}`;
  }
}

function rows(n: number): string {
  return `${formatDecimal(n, 0, 3)} row${n === 1 ? '' : 's'}`;
}
