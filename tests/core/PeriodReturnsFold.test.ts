import { describe, expect, it } from 'vitest';
import { oneYearBefore } from '../../src/calendar/oneYearBefore.js';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { contextOf } from '../helpers/foldSeries.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

const series = makeSeries([
  ['2024-12-30', 100], // Monday
  ['2024-12-31', 110], // last close of 2024
  ['2025-01-02', 121],
  ['2025-01-03', 99], // Friday: last close before the week of 2025-03-31
  ['2025-03-31', 90], // Monday: last close of March and of Q1
  ['2025-04-01', 108], // Tuesday
  ['2025-12-31', 132], // last close of 2025
  ['2026-01-02', 140],
]);

describe('PeriodReturnsFold', () => {
  it('returns WTD, MTD, QTD and YTD from the last close of the previous period', () => {
    const r = contextOf(series, 5).returns; // as of Tuesday 2025-04-01, close 108
    expect(r.wtd?.fromDate, 'the week began Monday 2025-03-31').toBe(dayOf('2025-01-03'));
    expect(r.wtd?.pct).toBeCloseTo((108 / 99 - 1) * 100, 12);
    expect(r.mtd?.fromDate).toBe(dayOf('2025-03-31'));
    expect(r.mtd?.pct, '108 / 90').toBeCloseTo(20, 12);
    expect(r.mtd?.points).toBeCloseTo(18, 12);
    expect(r.qtd?.fromDate, 'Q2 begins in April').toBe(dayOf('2025-03-31'));
    expect(r.ytd?.fromDate).toBe(dayOf('2024-12-31'));
    expect(r.ytd?.pct).toBeCloseTo((108 / 110 - 1) * 100, 12);
  });

  it('returns null when the data begins within the period or the year before', () => {
    const r = contextOf(series, 1).returns; // as of 2024-12-31
    expect(r.ytd, 'no session before 2024').toBeNull();
    expect(r.previousYear, 'no session in 2023').toBeNull();
    expect(r.oneYear).toBeNull();
    const r2 = contextOf(series, 5).returns;
    expect(r2.previousYear, 'the 2024 close is known, its return is not').toEqual({ year: 2024, date: dayOf('2024-12-31'), close: 110, pct: null });
  });

  it("returns the previous calendar year's return and closing level", () => {
    const r = contextOf(series, 7).returns; // as of 2026-01-02
    expect(r.previousYear).toEqual({ year: 2025, date: dayOf('2025-12-31'), close: 132, pct: expect.closeTo(20, 12) });
  });

  it('returns the one-year return from the last close on or before the same date a year earlier', () => {
    const r = contextOf(series, 7).returns; // 2026-01-02 → base on or before 2025-01-02
    expect(r.oneYear?.fromDate).toBe(dayOf('2025-01-02'));
    expect(r.oneYear?.pct).toBeCloseTo((140 / 121 - 1) * 100, 12);
  });
});

describe('oneYearBefore', () => {
  it('returns the same calendar date a year earlier, 29 February becoming 28 February', () => {
    expect(isoFromDayNumber(oneYearBefore(dayOf('2026-01-28')))).toBe('2025-01-28');
    expect(isoFromDayNumber(oneYearBefore(dayOf('2024-02-29')))).toBe('2023-02-28');
    expect(isoFromDayNumber(oneYearBefore(dayOf('2025-03-01')))).toBe('2024-03-01');
  });
});
