/**
 * The computed facts for one index. Dates are day numbers (whole days since 1970-01-01, see
 * `calendar/dayNumber.ts`): the renderers write them as ISO `YYYY-MM-DD`, the JSON writers by the
 * key names in `DAY_NUMBER_KEYS`. Prices are index points; every `...Pct` is a percentage (`-0.42`
 * means 0.42% below). Nothing is rounded.
 */

import type { MarketContext } from './MarketContext.type.js';

/** `confirmed`: closed above. `pending`: touched intraday, never closed above. `untouched`: never
 * traded above (explicit levels only). `predates`: the first session already closed above it. */
export type MilestoneStatus = 'confirmed' | 'pending' | 'untouched' | 'predates';

export interface MilestoneRow {
  readonly level: number;
  readonly status: MilestoneStatus;
  /** First session whose high is above the level (day number); `null` without a high column or if never touched. */
  readonly firstTouchDate: number | null;
  readonly firstTouchHigh: number | null;
  /** First session whose close is above the level (day number). */
  readonly firstCloseDate: number | null;
  readonly firstClose: number | null;
  /**
   * Trading days from the previous level's first close to this one's (row difference, +1 with
   * `inclusive`; with a calendar, the exchange's sessions after the one date up to the other). For a
   * pending level: to the last session, i.e. what the gap would be if it closed above now. `null`
   * for the first level, when the previous level has no first close, or when the calendar does not
   * know a date.
   */
  readonly tradingDays: number | null;
  /** Calendar days between the same two dates as `tradingDays`. */
  readonly calendarDays: number | null;
  /** Sessions from the first touch to the first close (row difference, or calendar sessions); `null` unless both exist. */
  readonly touchToCloseSessions: number | null;
  /**
   * With a calendar only: what the file's rows in the gap leave out or add ("gap spans 1 non-session
   * row (1979-06-02)"), where row counting would differ; `null` where it would not.
   */
  readonly gapNote?: string | null;
}

export interface DatedValue {
  /** Day number. */
  readonly date: number;
  readonly value: number;
}

export interface Distance {
  readonly level: number;
  /** close − level, points: negative means the close is below the level. */
  readonly points: number;
  /** (close ÷ level − 1) × 100: negative means below. */
  readonly pct: number;
  /** (level ÷ close − 1) × 100: the gain from the close that reaches the level. */
  readonly gainPct: number;
}

export interface TargetReport extends Distance {
  /** Some session's high was above the level (`null` without a high column). */
  readonly touched: boolean | null;
  /** Day number of the first session that touched the level. */
  readonly firstTouchDate: number | null;
  /** Some session closed above the level. */
  readonly closedAbove: boolean;
  /** Day number of the first session that closed above the level. */
  readonly firstCloseDate: number | null;
}

export interface LastMilestone {
  readonly level: number;
  /** Day number of its first close above. */
  readonly date: number;
  /** Trading days after that session up to the last one (0: the last session was the first close above). */
  readonly sessionsSince: number | null;
}

/** An index's report as its milestone tracker makes it, before the registry's facts are added. */
export type TrackedReport = Omit<IndexReport, 'name' | 'canonicalSymbol' | 'historyStart' | 'historyComplete' | 'context'>;

export interface IndexReport {
  /** The symbol as the data has it (symbol column, `--symbol` or file name), upper-cased. */
  readonly symbol: string;
  /** Display name from the index registry (`src/registry`); `null` for an unknown symbol. */
  readonly name: string | null;
  /** The registry's symbol for the index (`SPX` for `^GSPC`); `null` for an unknown symbol. */
  readonly canonicalSymbol: string | null;
  /** Day number of the first day of the index's published daily history; `null` when unknown. */
  readonly historyStart: number | null;
  /** The data starts on or before `historyStart`; when `false`, first closes are only the first since
   * `firstDate`. `null` when the history's start is unknown. */
  readonly historyComplete: boolean | null;
  readonly source: string;
  /** Day number of the last session used (the last on or before `--as-of`). */
  readonly asOf: number;
  /** Day number of `--as-of`, `null` without it (set by the command that read the file): beside `asOf`, the day asked for. */
  readonly asOfRequested?: number | null;
  /** Day number of the first session. */
  readonly firstDate: number;
  /** Number of sessions used. */
  readonly sessions: number;
  readonly close: number;
  readonly previousClose: number | null;
  /** close − previous close, points; `null` for a single session. */
  readonly change: number | null;
  /** (close ÷ previous close − 1) × 100. */
  readonly changePct: number | null;
  /** Highest close, and the first session that closed there. */
  readonly recordClose: DatedValue;
  /** Highest intraday high; `null` without a high column. */
  readonly recordHigh: DatedValue | null;
  /** (close ÷ record close − 1) × 100, ≤ 0. */
  readonly pctFromRecordClose: number;
  /** (close ÷ record high − 1) × 100, ≤ 0; `null` without a high column. */
  readonly pctFromRecordHigh: number | null;
  /** The lowest milestone level never closed above (pending or untouched): the next first close to come. */
  readonly nextMilestone: Distance | null;
  /**
   * The nearest level of the milestone grid above the close when that is not `nextMilestone` (the
   * close is back below levels it first closed above earlier); `null` otherwise.
   */
  readonly nearestLevelAbove: Distance | null;
  readonly target: TargetReport | null;
  /**
   * The highest level closed above (the latest first close: a close above a level is above every
   * lower one), with the trading days since that first close, counted as `tradingDays` is (rows, or
   * calendar sessions; `null` when the calendar does not know a day); `null` before any first close.
   */
  readonly lastMilestone: LastMilestone | null;
  readonly milestones: readonly MilestoneRow[];
  /** `--calendar` the trading days were counted against (`nyse`); absent: rows were counted. */
  readonly calendar?: string;
  /** Records, drawdown, returns, 52-week range, indicators and per-level history; present when the
   * output needs it (JSON, `--context`), absent otherwise. */
  readonly context?: MarketContext;
}
