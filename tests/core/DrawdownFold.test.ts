import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawdownsOf } from '../helpers/foldSeries.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

// Hand-made: a 10% fall that recovers exactly at the old record, then a 20% fall still open.
const rows = [
  ['2024-01-02', 100],
  ['2024-01-03', 110], // record
  ['2024-01-04', 99], // 99 / 110 = 0.9: exactly −10%
  ['2024-01-05', 105],
  ['2024-01-08', 110], // back at the record: recovery
  ['2024-01-09', 120], // new record
  ['2024-01-10', 96], // 96 / 120 = 0.8: exactly −20%
  ['2024-01-11', 100], // still below 120 at the end of the data
] as const;
const series = makeSeries(rows);

describe('DrawdownFold', () => {
  it('returns a closed correction and an open bear market, worked out by hand', () => {
    const episodes = drawdownsOf(series, series.length - 1, 10);
    expect(episodes).toHaveLength(2);
    expect(episodes[0]).toEqual({
      peakDate: dayOf('2024-01-03'),
      peakClose: 110,
      troughDate: dayOf('2024-01-04'),
      troughClose: 99,
      depthPct: expect.closeTo(-10, 12),
      recoveryDate: dayOf('2024-01-08'),
      sessionsPeakToTrough: 1,
      sessionsTroughToRecovery: 2, // rows 2 → 4
      label: 'correction',
    });
    expect(episodes[1].peakDate, 'the recovery session is not the next peak; the new record 120 is').toBe(dayOf('2024-01-09'));
    expect(episodes[1].troughDate).toBe(dayOf('2024-01-10'));
    expect(episodes[1].depthPct).toBeCloseTo(-20, 12);
    expect(episodes[1].label, 'a fall of exactly 20% is a bear market').toBe('bear market');
    expect(episodes[1].recoveryDate, 'open at the end of the data').toBeNull();
    expect(episodes[1].sessionsTroughToRecovery).toBeNull();
  });

  it('returns only falls at least --min deep', () => {
    const episodes = drawdownsOf(series, series.length - 1, 15);
    expect(episodes.map((e) => e.peakDate)).toEqual([dayOf('2024-01-09')]);
    expect(drawdownsOf(series, series.length - 1, 25)).toEqual([]);
  });

  it('returns the episode as open when the data is cut before the recovery', () => {
    const episodes = drawdownsOf(series, 3, 10); // as of 2024-01-05, close 105
    expect(episodes).toHaveLength(1);
    expect(episodes[0].troughClose).toBe(99);
    expect(episodes[0].recoveryDate).toBeNull();
  });

  it('labels falls shallower than 10% as declines, and ignores flat runs at the record', () => {
    const s = makeSeries([
      ['2024-01-02', 100],
      ['2024-01-03', 100],
      ['2024-01-04', 95],
      ['2024-01-05', 100],
    ]);
    const [e] = drawdownsOf(s, 3, 1);
    expect(e.peakDate, 'the last session at the record before the fall').toBe(dayOf('2024-01-03'));
    expect(e.label).toBe('decline');
    expect(e.recoveryDate).toBe(dayOf('2024-01-05'));
  });

  it('returns episodes whose trough is the lowest close between peak and recovery, never above the peak', () => {
    const closes = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(closes, (values) => {
        const s = makeSeries(values.map((v, i) => [isoOf(i), v] as const));
        const episodes = drawdownsOf(s, s.length - 1, 0);
        const row = (day: number): number => values.findIndex((_, i) => dayOf(isoOf(i)) === day);
        for (const [k, e] of episodes.entries()) {
          const p = row(e.peakDate);
          const end = e.recoveryDate === null ? values.length : row(e.recoveryDate);
          expect(Math.max(...values.slice(0, p + 1))).toBe(e.peakClose);
          expect(Math.min(...values.slice(p + 1, end))).toBe(e.troughClose);
          if (e.recoveryDate !== null) expect(values[end]).toBeGreaterThanOrEqual(e.peakClose);
          else expect(k, 'only the last episode can be open').toBe(episodes.length - 1);
          expect(e.depthPct).toBeLessThan(0);
        }
      }),
    );
  });
});

function isoOf(i: number): string {
  const d = new Date(Date.UTC(2000, 0, 1 + i));
  return d.toISOString().slice(0, 10);
}
