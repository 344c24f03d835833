import type { MilestoneStatus } from '../core/IndexReport.type.js';
import type { ScaleKind } from './Scale.type.js';

/** A dated value: `day` is a day number (days since 1970-01-01), `value` index points. */
export interface DayValue {
  readonly day: number;
  readonly value: number;
}

/** One milestone level as a chart shows it; facts come from the index report (whole history to as-of). */
export interface ChartLevel {
  readonly level: number;
  readonly status: MilestoneStatus;
  /** First close above the level, or `null`. */
  readonly firstClose: DayValue | null;
  /** First intraday high above the level, or `null` (also without highs). */
  readonly firstTouch: DayValue | null;
  /** Trading days from the previous level's first close (for a pending level: to the last session). */
  readonly tradingDays: number | null;
  /** The level `tradingDays` counts from. */
  readonly previousLevel: number | null;
}

/**
 * One index in the visible window: the sessions to draw and the facts to mark. With `--normalize`
 * prices are rebased (100 = first session in the window) and `levels` is empty.
 */
export interface ChartPanel {
  readonly symbol: string;
  /** Display name, e.g. `S&P 500`. */
  readonly name: string;
  /** Who the chart credits for the data: `--source`, else the index's publisher, else the file's name. */
  readonly credit: string;
  /** Sessions in the window, ascending; `high`/`low` are `null` without those columns (NaN on rows missing one). */
  readonly days: Int32Array;
  readonly close: Float64Array;
  readonly high: Float64Array | null;
  readonly low: Float64Array | null;
  /** Sessions the report counted (the whole history up to as-of). */
  readonly sessions: number;
  readonly levels: readonly ChartLevel[];
  /** Highest close up to as-of (it may lie before the window). */
  readonly recordClose: DayValue;
  readonly recordHigh: DayValue | null;
  readonly lastClose: DayValue;
  /** The milestone step when levels follow a step (for the subtitle), `null` for an explicit list. */
  readonly step: number | null;
  /** Rebased panels: the factor prices were divided by (the first close in the window ÷ 100). */
  readonly rebasedFrom: DayValue | null;
}

export interface ChartModel {
  readonly panels: readonly ChartPanel[];
  /** The days (day numbers) the time axis runs over, the same for every panel: the first and last session shown. */
  readonly span: { readonly first: number; readonly last: number };
  /** All panels on one rebased axis instead of one panel each. */
  readonly normalize: boolean;
  readonly scale: ScaleKind;
}
