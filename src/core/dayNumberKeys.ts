import type { DatedValue, IndexReport, MilestoneRow, TargetReport } from './IndexReport.type.js';
import type { CurrentDrawdown, DrawdownEpisode, FiftyTwoWeek, Indicators, MilestoneHistory, PeriodReturn, YearReturn } from './MarketContext.type.js';

/** Any key of the report types (the names below are checked against them, so a typo does not compile). */
type ReportKey =
  | keyof IndexReport
  | keyof MilestoneRow
  | keyof DatedValue
  | keyof TargetReport
  | keyof DrawdownEpisode
  | keyof CurrentDrawdown
  | keyof PeriodReturn
  | keyof YearReturn
  | keyof FiftyTwoWeek
  | keyof Indicators
  | keyof MilestoneHistory;

/**
 * The keys of `IndexReport` and `MarketContext` whose values are day numbers (whole days since
 * 1970-01-01) or `null`. The JSON writers (`render/isoDates.ts`) write a number under one of these
 * keys as its ISO `YYYY-MM-DD`, so the public JSON keeps its ISO dates while the reports keep day
 * numbers. A new date field of those types must be added here, or it is written as a number.
 */
export const DAY_NUMBER_KEY_NAMES = [
  'asOf',
  'asOfRequested',
  'firstDate',
  'historyStart',
  'date',
  'firstTouchDate',
  'firstCloseDate',
  'fromDate',
  'peakDate',
  'troughDate',
  'recoveryDate',
  'lastCloseAboveDate',
  'goldenCrossDate',
  'deathCrossDate',
] as const satisfies readonly ReportKey[];

export type DayNumberKey = (typeof DAY_NUMBER_KEY_NAMES)[number];

/** `DAY_NUMBER_KEY_NAMES` for look-up. */
export const DAY_NUMBER_KEYS: ReadonlySet<string> = new Set(DAY_NUMBER_KEY_NAMES);
