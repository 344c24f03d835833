import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMilestoneHistory } from '../../src/core/getMilestoneHistory.js';
import type { MilestoneRow } from '../../src/core/IndexReport.type.js';
import { rankGaps } from '../../src/core/rankGaps.js';
import { makeSeries } from '../helpers/makeSeries.js';

// Level 100: [date, close, high]
const series = makeSeries([
  ['2024-01-02', 90, 95],
  ['2024-01-03', 99, 101], // attempt
  ['2024-01-04', 101, 102], // up
  ['2024-01-05', 100, 103], // down (a close on the level is not above it), attempt
  ['2024-01-08', 105, 106], // up
  ['2024-01-09', 98, 99], // down
]);

describe('getMilestoneHistory', () => {
  it('returns attempts, crossings and the last close above, worked out by hand', () => {
    expect(getMilestoneHistory(series, 5, 100, false)).toEqual({
      level: 100,
      attempts: 2,
      upCrossings: 2,
      downCrossings: 2,
      lastCloseAboveDate: '2024-01-08',
      aboveNow: false,
    });
  });

  it('counts a close on the level as above it with atOrAbove', () => {
    const h = getMilestoneHistory(series, 5, 100, true);
    expect(h.attempts, 'only 2024-01-03').toBe(1);
    expect(h.upCrossings).toBe(1);
    expect(h.downCrossings).toBe(1);
  });

  it('returns null attempts without a high column, and respects the end row', () => {
    const closesOnly = makeSeries([
      ['2024-01-02', 90],
      ['2024-01-03', 110],
    ]);
    expect(getMilestoneHistory(closesOnly, 1, 100, false)).toMatchObject({ attempts: null, upCrossings: 1, aboveNow: true });
    expect(getMilestoneHistory(series, 2, 100, false)).toMatchObject({ upCrossings: 1, downCrossings: 0, aboveNow: true });
  });

  it('returns up- and down-crossings that alternate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 90, max: 110 }), { minLength: 1, maxLength: 50 }), (values) => {
        const s = makeSeries(values.map((v, i) => [new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), v] as const));
        const h = getMilestoneHistory(s, values.length - 1, 100, false);
        const startedAbove = values[0] > 100 ? 1 : 0;
        expect(h.upCrossings - h.downCrossings).toBe((h.aboveNow ? 1 : 0) - startedAbove);
      }),
    );
  });
});

describe('rankGaps', () => {
  const row = (level: number, status: MilestoneRow['status'], tradingDays: number | null): MilestoneRow => ({
    level,
    status,
    tradingDays,
    firstTouchDate: null,
    firstTouchHigh: null,
    firstCloseDate: null,
    firstClose: null,
    calendarDays: null,
    touchToCloseSessions: null,
  });

  it('returns 1 for the fastest gap, shared ranks for ties, and skips pending levels', () => {
    const { ranks, ranked } = rankGaps([
      row(1000, 'confirmed', null),
      row(2000, 'confirmed', 719),
      row(3000, 'confirmed', 190),
      row(4000, 'confirmed', 190),
      row(5000, 'confirmed', 4168),
      row(6000, 'pending', 10),
    ]);
    expect(ranked).toBe(4);
    expect([...ranks.entries()]).toEqual([
      [2000, 3],
      [3000, 1],
      [4000, 1],
      [5000, 4],
    ]);
  });
});
