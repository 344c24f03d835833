import { fromDayNumber, isoFromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import { oneYearBefore } from '../calendar/oneYearBefore.js';
import type { PeriodReturn, Returns, YearReturn } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * Returns to the close of row `end`: week (Monday–Sunday), month, quarter and year to date, each from
 * the last close before the period began; the previous calendar year's; and one year, from the last
 * close on or before the same calendar date a year earlier (29 February → 28 February).
 * A return whose base session is not in the data is `null`.
 */
export function getPeriodReturns(series: PriceSeries, end: number): Returns {
  const { days, close } = series;
  const day = days[end];
  const { year, month } = fromDayNumber(day);
  const since = (startDay: number): PeriodReturn | null => periodReturn(series, end, lastRowBefore(series, end, startDay));
  const jan1 = toDayNumber(year, 1, 1);
  let previousYear: YearReturn | null = null;
  const yearEnd = lastRowBefore(series, end, jan1);
  if (yearEnd >= 0 && days[yearEnd] >= toDayNumber(year - 1, 1, 1)) {
    const base = lastRowBefore(series, yearEnd, toDayNumber(year - 1, 1, 1));
    previousYear = {
      year: year - 1,
      date: isoFromDayNumber(days[yearEnd]),
      close: close[yearEnd],
      pct: base < 0 ? null : (close[yearEnd] / close[base] - 1) * 100,
    };
  }
  return {
    wtd: since(day - ((weekdayOf(day) + 6) % 7)),
    mtd: since(toDayNumber(year, month, 1)),
    qtd: since(toDayNumber(year, month - ((month - 1) % 3), 1)),
    ytd: since(jan1),
    previousYear,
    oneYear: periodReturn(series, end, lastRowBefore(series, end, oneYearBefore(day) + 1)),
  };
}

/** Last row at or before `end` dated before `startDay`; −1 when there is none. */
function lastRowBefore(series: PriceSeries, end: number, startDay: number): number {
  let i = end;
  while (i >= 0 && series.days[i] >= startDay) i--;
  return i;
}

function periodReturn(series: PriceSeries, end: number, base: number): PeriodReturn | null {
  if (base < 0) return null;
  const { close, days } = series;
  return {
    fromDate: isoFromDayNumber(days[base]),
    fromClose: close[base],
    points: close[end] - close[base],
    pct: (close[end] / close[base] - 1) * 100,
  };
}
