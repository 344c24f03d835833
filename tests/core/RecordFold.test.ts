import { describe, expect, it } from 'vitest';
import { contextOf } from '../helpers/foldSeries.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

const series = makeSeries([
  ['2022-12-30', 90],
  ['2023-12-28', 100], // record close in 2023 (above 90)
  ['2023-12-29', 101], // record
  ['2024-01-02', 102], // record
  ['2024-01-03', 101.5],
  ['2024-01-04', 103], // record
  ['2024-01-05', 103], // ties the record: not a new record
  ['2024-01-08', 99],
  ['2024-01-09', 100],
]);

describe('RecordFold', () => {
  it('returns record closes per calendar year, not counting the first session, zero years included', () => {
    expect(contextOf(series, series.length - 1).records.recordClosesByYear).toEqual([
      { year: 2022, count: 0 },
      { year: 2023, count: 2 },
      { year: 2024, count: 2 },
    ]);
  });

  it('returns sessions and calendar days since the record close (first session at it)', () => {
    const r = contextOf(series, series.length - 1).records;
    expect(r.sessionsSinceRecordClose, 'rows 5 → 8').toBe(3);
    expect(r.calendarDaysSinceRecordClose, '2024-01-04 → 2024-01-09').toBe(5);
  });

  it('returns the current drawdown from the last session at the record, with its low so far', () => {
    const dd = contextOf(series, series.length - 1).records.currentDrawdown;
    expect(dd).not.toBeNull();
    expect(dd?.peakDate).toBe(dayOf('2024-01-05'));
    expect(dd?.peakClose).toBe(103);
    expect(dd?.troughDate).toBe(dayOf('2024-01-08'));
    expect(dd?.troughClose).toBe(99);
    expect(dd?.maxDepthPct).toBeCloseTo((99 / 103 - 1) * 100, 12);
    expect(dd?.depthPct, 'close 100 vs peak 103').toBeCloseTo(-2.912621359223301, 12);
    expect(dd?.gainToRecordPct, '103 / 100 − 1').toBeCloseTo(3, 12);
    expect(dd?.sessions).toBe(2);
  });

  it('returns no drawdown and zero sessions when the last close is a new record', () => {
    const r = contextOf(series, 5).records;
    expect(r.currentDrawdown).toBeNull();
    expect(r.sessionsSinceRecordClose).toBe(0);
    expect(r.calendarDaysSinceRecordClose).toBe(0);
  });

  it('returns a single session as its own record', () => {
    const r = contextOf(series, 0).records;
    expect(r.recordClosesByYear).toEqual([{ year: 2022, count: 0 }]);
    expect(r.currentDrawdown).toBeNull();
  });
});
