import { describe, expect, it } from 'vitest';
import { contextOf } from '../helpers/foldSeries.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

// [date, close, high, low]
const rows = [
  ['2023-01-02', 50, 55, 45],
  ['2023-06-02', 100, 140, 20], // on or before 2023-06-03: outside the window of 2024-06-03
  ['2023-06-05', 80, 85, 70],
  ['2023-12-01', 120, 130, 110],
  ['2024-06-03', 90, 95, 85],
] as const;
const series = {
  ...makeSeries(rows.map(([d, c, h]) => [d, c, h] as const)),
  low: Float64Array.from(rows.map((r) => r[3])),
};

describe('FiftyTwoWeekFold', () => {
  it('returns closing and intraday extremes of the sessions after the same date a year earlier', () => {
    const w = contextOf(series, 4).fiftyTwoWeek;
    expect(w?.fromDate).toBe(dayOf('2023-06-05'));
    expect(w?.highClose).toEqual({ date: dayOf('2023-12-01'), value: 120 });
    expect(w?.lowClose).toEqual({ date: dayOf('2023-06-05'), value: 80 });
    expect(w?.high).toEqual({ date: dayOf('2023-12-01'), value: 130 });
    expect(w?.low).toEqual({ date: dayOf('2023-06-05'), value: 70 });
    expect(w?.pctFromHighClose, '90 / 120 − 1').toBeCloseTo(-25, 12);
    expect(w?.pctFromHigh).toBeCloseTo((90 / 130 - 1) * 100, 12);
    expect(w?.rangePositionPct, '(90 − 80) / (120 − 80)').toBeCloseTo(25, 12);
  });

  it('returns null with less than a year of data', () => {
    expect(contextOf(series, 3).fiftyTwoWeek).toBeNull();
  });

  it('returns null intraday values without high and low columns', () => {
    const w = contextOf(makeSeries(rows.map(([d, c]) => [d, c] as const)), 4).fiftyTwoWeek;
    expect(w?.high).toBeNull();
    expect(w?.low).toBeNull();
    expect(w?.pctFromHigh).toBeNull();
    expect(w?.highClose.value).toBe(120);
  });
});
