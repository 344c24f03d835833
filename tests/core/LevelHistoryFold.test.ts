import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MilestoneRow } from '../../src/core/IndexReport.type.js';
import { rankGaps } from '../../src/core/rankGaps.js';
import { historiesOf } from '../helpers/foldSeries.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

// Level 100: [date, close, high]
const series = makeSeries([
  ['2024-01-02', 90, 95],
  ['2024-01-03', 99, 101], // attempt
  ['2024-01-04', 101, 102], // up
  ['2024-01-05', 100, 103], // down (a close on the level is not above it), attempt
  ['2024-01-08', 105, 106], // up
  ['2024-01-09', 98, 99], // down
]);

const history = (s: typeof series, end: number, level: number, atOrAbove: boolean) => historiesOf(s, end, [level], atOrAbove)[0];

describe('LevelHistoryFold', () => {
  it('returns attempts, crossings and the last close above, worked out by hand', () => {
    expect(history(series, 5, 100, false)).toEqual({
      level: 100,
      attempts: 2,
      upCrossings: 2,
      downCrossings: 2,
      lastCloseAboveDate: dayOf('2024-01-08'),
      aboveNow: false,
    });
  });

  it('counts a close on the level as above it with atOrAbove', () => {
    const h = history(series, 5, 100, true);
    expect(h.attempts, 'only 2024-01-03').toBe(1);
    expect(h.upCrossings).toBe(1);
    expect(h.downCrossings).toBe(1);
  });

  it('returns null attempts without a high column, and respects the end row', () => {
    const closesOnly = makeSeries([
      ['2024-01-02', 90],
      ['2024-01-03', 110],
    ]);
    expect(history(closesOnly, 1, 100, false)).toMatchObject({ attempts: null, upCrossings: 1, aboveNow: true });
    expect(history(series, 2, 100, false)).toMatchObject({ upCrossings: 1, downCrossings: 0, aboveNow: true });
  });

  it('returns several levels at once: a jump across two levels crosses both', () => {
    const s = makeSeries([
      ['2024-01-02', 95, 96],
      ['2024-01-03', 125, 126], // up through 100 and 110
      ['2024-01-04', 105, 121], // down through 110; attempt at 110 and 120
    ]);
    expect(historiesOf(s, 2, [100, 110, 120], false)).toEqual([
      { level: 100, attempts: 0, upCrossings: 1, downCrossings: 0, lastCloseAboveDate: dayOf('2024-01-04'), aboveNow: true },
      { level: 110, attempts: 1, upCrossings: 1, downCrossings: 1, lastCloseAboveDate: dayOf('2024-01-03'), aboveNow: false },
      { level: 120, attempts: 1, upCrossings: 1, downCrossings: 1, lastCloseAboveDate: dayOf('2024-01-03'), aboveNow: false },
    ]);
  });

  it('returns, for random series and levels, what the definitions give row by row', () => {
    const rowArb = fc.tuple(fc.integer({ min: 90, max: 110 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 88, max: 112 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (rows, levelSet, atOrAbove) => {
          const levels = [...levelSet].sort((a, b) => a - b);
          const s = makeSeries(rows.map(([c, extra], i) => [isoOf(i), c, c + extra] as const));
          const above = (v: number, l: number) => (atOrAbove ? v >= l : v > l);
          const got = historiesOf(s, rows.length - 1, levels, atOrAbove);
          levels.forEach((l, k) => {
            const closes = rows.map(([c]) => c);
            let up = 0;
            let down = 0;
            for (let i = 1; i < closes.length; i++) {
              if (!above(closes[i - 1], l) && above(closes[i], l)) up++;
              if (above(closes[i - 1], l) && !above(closes[i], l)) down++;
            }
            const attempts = rows.filter(([c, extra]) => above(c + extra, l) && !above(c, l)).length;
            const last = closes.map((c, i) => (above(c, l) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
            expect(got[k]).toEqual({
              level: l,
              attempts,
              upCrossings: up,
              downCrossings: down,
              lastCloseAboveDate: last < 0 ? null : dayOf(isoOf(last)),
              aboveNow: above(closes[closes.length - 1], l),
            });
          });
        },
      ),
    );
  });

  it('returns up- and down-crossings that alternate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 90, max: 110 }), { minLength: 1, maxLength: 50 }), (values) => {
        const s = makeSeries(values.map((v, i) => [isoOf(i), v] as const));
        const h = history(s, values.length - 1, 100, false);
        const startedAbove = values[0] > 100 ? 1 : 0;
        expect(h.upCrossings - h.downCrossings).toBe((h.aboveNow ? 1 : 0) - startedAbove);
      }),
    );
  });
});

function isoOf(i: number): string {
  return new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
}

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
    expect(Object.fromEntries(ranks)).toEqual({ 2000: 3, 3000: 1, 4000: 1, 5000: 4 });
  });
});
