import fc from 'fast-check';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { dayOf } from './makeSeries.js';

/** Days between sessions: mostly a few, sometimes weeks, sometimes a year or two (sparse data). */
const gapArb = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 4, max: 45 }) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 800 }) },
);

/** Closes > 0 on a coarse grid (ties at records and levels are common) or anywhere. */
const closeArb = fc.oneof(
  fc.integer({ min: 90, max: 110 }),
  fc.integer({ min: 0, max: 400 }).map((k) => 90 + k * 0.05),
  fc.double({ min: 1, max: 200, noNaN: true }),
);

/** Intraday extension beyond the close: `NaN` (the row lacks it), none, or some; a defective one crosses the close. */
const extraArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(NaN) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }).map((k) => k * 0.25) },
  { weight: 1, arbitrary: fc.constant(-1) },
);

/** First sessions: any day of 1995–2030, or just around a 29 February. */
const startArb = fc.oneof(
  fc.integer({ min: dayOf('1995-01-01'), max: dayOf('2030-12-31') }),
  fc.constantFrom('2000-02-27', '2004-02-28', '2020-02-29', '2023-02-28', '2024-03-01').map(dayOf),
);

/**
 * Random series of `minLength..maxLength` sessions with strictly ascending days: gaps of weeks and
 * years, 29 Februaries, ties, rows without a high or low, and sometimes no high or low column.
 */
export function seriesArb(minLength: number, maxLength: number): fc.Arbitrary<PriceSeries> {
  const row = fc.tuple(gapArb, closeArb, extraArb, extraArb);
  return fc
    .record({
      start: startArb,
      rows: fc.array(row, { minLength, maxLength }),
      hasHigh: fc.boolean(),
      hasLow: fc.boolean(),
    })
    .map(({ start, rows, hasHigh, hasLow }) => {
      const days = new Int32Array(rows.length);
      let day = start;
      rows.forEach(([gap], i) => {
        if (i > 0) day += gap;
        days[i] = day;
      });
      const close = Float64Array.from(rows, ([, c]) => c);
      return {
        symbol: 'RND',
        source: 'random',
        length: rows.length,
        days,
        close,
        high: hasHigh ? Float64Array.from(rows, ([, c, up]) => c + up) : null,
        low: hasLow ? Float64Array.from(rows, ([, c, , down]) => c - down) : null,
        lines: Int32Array.from(rows, (_, i) => i + 2),
      };
    });
}
