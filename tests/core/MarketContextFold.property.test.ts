import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexReport } from '../helpers/computeIndexReport.js';
import { DrawdownFold } from '../../src/core/DrawdownFold.js';
import type { LevelPlan, MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { readSeries } from '../helpers/readSeries.js';
import { computeMarketContext, findDrawdowns } from '../helpers/arrayMarketContext.js';
import { contextOf } from '../helpers/foldSeries.js';
import { isoDatesOf } from '../helpers/isoDatesOf.js';
import { seriesArb } from '../helpers/randomSeries.js';

// The folds against the array implementations they replaced (tests/helpers/arrayMarketContext.ts),
// which recompute every fact from the whole column: the same numbers, bit for bit (toEqual tells
// 0 from −0 and compares every float exactly).

const planArb: fc.Arbitrary<LevelPlan> = fc.oneof(
  fc.constantFrom(1, 5, 7.3, 0.1, 25, 1000).map((step) => ({ kind: 'step' as const, step })),
  fc
    .uniqueArray(fc.oneof(fc.integer({ min: 80, max: 120 }), fc.double({ min: 1, max: 200, noNaN: true })), { maxLength: 8 })
    .map((levels) => ({ kind: 'list' as const, levels: [...levels].sort((a, b) => a - b) })),
);

/** The context of rows `0..end` both ways, with the milestone rows of the report as of `end`. */
function expectSameContext(series: PriceSeries, end: number, plan: LevelPlan, atOrAbove: boolean): void {
  const config: MilestoneConfig = { plan, atOrAbove, inclusive: false, target: null };
  const report = computeIndexReport(series, config, series.days[end]);
  if (report === null) throw new Error('no report');
  const want = computeMarketContext(series, end, report.milestones, atOrAbove);
  expect(isoDatesOf(contextOf(series, end, report.milestones, plan, atOrAbove)), `row ${end}`).toEqual(want);
}

/** Rows to compare at: about 40 spread over the series, those from 28 February to 1 March, and the last. */
function endsOf(series: PriceSeries): number[] {
  const every = Math.max(1, Math.ceil(series.length / 40));
  const ends = [];
  for (let end = 0; end < series.length; end++) {
    const { month, day } = fromDayNumber(series.days[end]);
    const leapTurn = (month === 2 && day >= 28) || (month === 3 && day === 1);
    if (end % every === 0 || leapTurn || end === series.length - 1) ends.push(end);
  }
  return ends;
}

/**
 * Closes held flat for stretches of up to 300 sessions, decimals of three places as a CSV writes them
 * (`0.053`, the double nearest it): over a flat stretch, or where stretches balance, SMA 50 equals SMA
 * 200, which running float sums get only to within rounding (the reference compares them exactly).
 */
const flatStretchesArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 30000 }).map((k) => (10 * k + 3) / 1000), fc.integer({ min: 1, max: 300 })), {
    minLength: 40,
    maxLength: 40,
  })
  .map((runs) => runs.flatMap(([close, length]) => new Array<number>(length).fill(close)));
function withCloses(series: PriceSeries, closes: readonly number[]): PriceSeries {
  return { ...series, close: series.close.map((_, i) => closes[i % closes.length]) };
}

describe('MarketContextFold against the whole-array definitions', () => {
  it('returns the same context for random series: gaps of weeks and years, 29 February, short series, ties, NaN highs', () => {
    fc.assert(
      fc.property(seriesArb(1, 400), planArb, fc.boolean(), (series, plan, atOrAbove) => {
        for (const end of endsOf(series)) expectSameContext(series, end, plan, atOrAbove);
      }),
      { numRuns: 150 },
    );
  });

  it('returns the same context past the re-summing of the cross windows every 1,000 rows', () => {
    fc.assert(
      fc.property(seriesArb(1000, 2600), planArb, fc.boolean(), (series, plan, atOrAbove) => {
        expectSameContext(series, series.length - 1, plan, atOrAbove);
        expectSameContext(series, Math.min(series.length - 1, 1000), plan, atOrAbove);
      }),
      { numRuns: 12, endOnFailure: true },
    );
  });

  it('returns the same crosses where SMA 50 equals SMA 200 but for rounding', () => {
    fc.assert(
      fc.property(seriesArb(1000, 3200), flatStretchesArb, (series, closes) => {
        const s = withCloses(series, closes);
        for (const end of [999, 1000, 1001, 1999, 2000, 3000, s.length - 1].filter((e) => e < s.length)) {
          expect(isoDatesOf(contextOf(s, end).indicators), `row ${end}`).toEqual(computeMarketContext(s, end, [], false).indicators);
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('returns the same context on the bundled S&P 500 history (1927–2026)', () => {
    const text = readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8');
    const spx = readSeries(text, 'spx.csv', {}).series[0];
    for (const end of [spx.length - 1, spx.length - 200, 20_000, 1_000, 999, 260, 10]) {
      expectSameContext(spx, end, { kind: 'step', step: 1000 }, false);
      expectSameContext(spx, end, { kind: 'list', levels: [17.66, 100, 1000, 4000, 6000, 7000] }, true);
    }
  });
});

describe('DrawdownFold against the whole-array definition', () => {
  it('returns the same episodes, the open one included, for random series and depths', () => {
    fc.assert(
      fc.property(seriesArb(1, 300), fc.constantFrom(0, 1, 5, 10, 20, 99), (series, minDepthPct) => {
        const fold = new DrawdownFold(minDepthPct);
        for (let end = 0; end < series.length; end++) {
          fold.push(series.days[end], series.close[end]);
          expect(isoDatesOf(fold.episodes()), `row ${end}`).toEqual(findDrawdowns(series, end, minDepthPct));
        }
      }),
      { numRuns: 100 },
    );
  });
});
