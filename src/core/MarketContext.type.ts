/**
 * Market context of one index as of its last session (the `context` object of `compute --format json`).
 * Dates (every `...Date` and `date`) are day numbers, whole days since 1970-01-01, written as ISO
 * `YYYY-MM-DD` only by the renderers (`DAY_NUMBER_KEYS`); prices are index points; every `...Pct`
 * is a percentage (`-0.42` means 0.42% below). Nothing is rounded. `null` means "not enough data",
 * never a guess.
 */

import type { DatedValue } from './IndexReport.type.js';

/** A fall from a record close, and its recovery (see `DrawdownFold`). */
export interface DrawdownEpisode {
  /** The last session at the record close before the fall began, and that close. */
  readonly peakDate: number;
  readonly peakClose: number;
  /** The first session at the lowest close before recovery (or before the end of the data). */
  readonly troughDate: number;
  readonly troughClose: number;
  /** (trough ÷ peak − 1) × 100, < 0. */
  readonly depthPct: number;
  /** First session closing at or above `peakClose`; `null` while the episode is open. */
  readonly recoveryDate: number | null;
  readonly sessionsPeakToTrough: number;
  /** `null` while open. */
  readonly sessionsTroughToRecovery: number | null;
  /** `bear market` when depth ≥ 20%, `correction` when ≥ 10%, else `decline`. */
  readonly label: DrawdownLabel;
}

export type DrawdownLabel = 'decline' | 'correction' | 'bear market';

/** The drawdown the index is in at its last session. */
export interface CurrentDrawdown {
  readonly peakDate: number;
  readonly peakClose: number;
  /** Lowest close since the peak (first session at it). */
  readonly troughDate: number;
  readonly troughClose: number;
  /** (trough ÷ peak − 1) × 100: the deepest point of this drawdown so far. */
  readonly maxDepthPct: number;
  /** (close ÷ peak − 1) × 100: where the close is now, equal to `pctFromRecordClose`. */
  readonly depthPct: number;
  /** Sessions from the peak to the last session. */
  readonly sessions: number;
  /** (peak ÷ close − 1) × 100: the rise from the close that regains the record. */
  readonly gainToRecordPct: number;
}

export interface RecordFacts {
  /** Sessions (rows) from the record close's session to the last session; 0 when the last close is the record. */
  readonly sessionsSinceRecordClose: number;
  readonly calendarDaysSinceRecordClose: number;
  /** Per calendar year of the data: sessions whose close was above every earlier close (the first session not counted). */
  readonly recordClosesByYear: readonly { readonly year: number; readonly count: number }[];
  /** `null` when the last close is the record close. */
  readonly currentDrawdown: CurrentDrawdown | null;
}

/** A return from a base session's close to the last close. */
export interface PeriodReturn {
  /** The base session: the last session before the period began. */
  readonly fromDate: number;
  readonly fromClose: number;
  /** close − base close, points. */
  readonly points: number;
  /** (close ÷ base close − 1) × 100. */
  readonly pct: number;
}

export interface YearReturn {
  readonly year: number;
  /** Last session of that year and its close. */
  readonly date: number;
  readonly close: number;
  /** From the last close of the year before; `null` when the data starts within that year. */
  readonly pct: number | null;
}

export interface Returns {
  /** Week (Monday–Sunday), month, quarter, year to date: from the last close of the previous period. */
  readonly wtd: PeriodReturn | null;
  readonly mtd: PeriodReturn | null;
  readonly qtd: PeriodReturn | null;
  readonly ytd: PeriodReturn | null;
  /** The previous calendar year's return and closing level. */
  readonly previousYear: YearReturn | null;
  /** From the last close on or before the same calendar date one year earlier (Feb 29 → Feb 28). */
  readonly oneYear: PeriodReturn | null;
}

/** Sessions dated after the same calendar date one year earlier, up to the last session. */
export interface FiftyTwoWeek {
  /** First session of the window. */
  readonly fromDate: number;
  readonly highClose: DatedValue;
  readonly lowClose: DatedValue;
  /** Intraday extremes; `null` without a high (low) column. */
  readonly high: DatedValue | null;
  readonly low: DatedValue | null;
  /** (close ÷ highest close − 1) × 100, ≤ 0. */
  readonly pctFromHighClose: number;
  /** (close ÷ intraday high − 1) × 100, ≤ 0; `null` without highs. */
  readonly pctFromHigh: number | null;
  /** (close − lowest close) ÷ (highest close − lowest close) × 100: 0 at the low, 100 at the high. */
  readonly rangePositionPct: number | null;
}

export interface MovingAverage {
  readonly sessions: number;
  /** Mean of the last `sessions` closes. */
  readonly value: number;
  /** (close ÷ value − 1) × 100. */
  readonly pctFromAverage: number;
}

export interface Macd {
  /** EMA(12) − EMA(26) of closes; each EMA seeded with the simple mean of its first N closes. */
  readonly line: number;
  /** EMA(9) of the line, seeded with the mean of its first 9 values. */
  readonly signal: number;
  /** line − signal. */
  readonly histogram: number;
}

export interface Indicators {
  readonly sma50: MovingAverage | null;
  readonly sma200: MovingAverage | null;
  /** Latest session where SMA 50 went above SMA 200 (at or below on the previous row); `null` if none. */
  readonly goldenCrossDate: number | null;
  /** Latest session where SMA 50 went below SMA 200 (at or above on the previous row). */
  readonly deathCrossDate: number | null;
  /** RSI(14), Wilder's smoothing seeded with the simple mean of the first 14 gains/losses; 0–100. */
  readonly rsi14: number | null;
  readonly macd: Macd | null;
}

/** What the history says about one milestone level. */
export interface MilestoneHistory {
  readonly level: number;
  /** Sessions whose high was above the level but whose close was not. */
  readonly attempts: number | null;
  /** Sessions whose close was above the level after a close at or below it. */
  readonly upCrossings: number;
  /** Sessions whose close was at or below the level after a close above it. */
  readonly downCrossings: number;
  readonly lastCloseAboveDate: number | null;
  readonly aboveNow: boolean;
  /** Rank of this level's trading-day gap among the index's confirmed gaps, 1 = fastest; ties share the best rank. */
  readonly gapRank: number | null;
  /** How many confirmed gaps were ranked. */
  readonly gapsRanked: number;
}

export interface MarketContext {
  readonly records: RecordFacts;
  readonly returns: Returns;
  readonly fiftyTwoWeek: FiftyTwoWeek | null;
  readonly indicators: Indicators;
  readonly milestones: readonly MilestoneHistory[];
}
