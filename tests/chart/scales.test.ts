import { describe, expect, it } from 'vitest';
import { chooseDateTicks } from '../../src/chart/chooseDateTicks.js';
import { chooseScaleKind } from '../../src/chart/chooseScaleKind.js';
import { chooseValueTicks } from '../../src/chart/chooseValueTicks.js';
import { makeScale } from '../../src/chart/makeScale.js';
import { dayOf } from '../helpers/makeSeries.js';

describe('makeScale', () => {
  it('returns positions in proportion to the value on a linear scale', () => {
    const y = makeScale('linear', [0, 400], [436, 86]);
    expect(y.at(0)).toBe(436);
    expect(y.at(400)).toBe(86);
    // 436 − 350 × 205 / 400 = 436 − 179.375
    expect(y.at(205)).toBeCloseTo(256.625, 9);
  });

  it('returns positions in proportion to log(value) on a log scale', () => {
    const y = makeScale('log', [1, 100], [100, 0]);
    expect(y.at(10), 'ten is halfway between 1 and 100 in ratio').toBeCloseTo(50, 9);
    expect(y.at(1000), 'extrapolates').toBeCloseTo(-50, 9);
  });

  it('returns the middle of the range for a zero-width domain', () => {
    expect(makeScale('linear', [5, 5], [0, 10]).at(5)).toBe(5);
  });
});

describe('chooseScaleKind', () => {
  it('returns log only beyond one order of magnitude', () => {
    expect(chooseScaleKind(100, 1000)).toBe('linear');
    expect(chooseScaleKind(100, 1000.01)).toBe('log');
    expect(chooseScaleKind(4.4, 7002.28)).toBe('log');
  });
});

describe('chooseValueTicks', () => {
  it('returns a 1-2-2.5-5 step and the domain widened to it', () => {
    // span 220 / 4 = 55 → smallest of 10, 20, 25, 50, 100 at least 55 is 100; 85 → 0, 305 → 400.
    expect(chooseValueTicks('linear', 85, 305, 4)).toEqual({ domain: [0, 400], ticks: [0, 100, 200, 300, 400] });
    // S&P 500 2024-01-02 … 2026-01-28: low 4,682.11, high 7,002.28; span 2,320.17 / 5 = 464 → 500.
    expect(chooseValueTicks('linear', 4682.11, 7002.28, 5).ticks).toEqual([4500, 5000, 5500, 6000, 6500, 7000, 7500]);
  });

  it('returns decimal steps without float noise', () => {
    // span 0.6 / 3 = 0.2 → step 0.2; 3 × 0.2 is 0.6000000000000001 in floating point.
    expect(chooseValueTicks('linear', 0.1, 0.7, 3).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('returns 1-2-5 ticks on a log scale, thinned to powers of ten when there are many', () => {
    expect(chooseValueTicks('log', 30, 70, 5)).toEqual({ domain: [20, 100], ticks: [20, 50, 100] });
    // 2 … 10,000 holds 12 of 1-2-5 ticks, more than 5 + 4: ends and powers of ten remain.
    expect(chooseValueTicks('log', 4.4, 7002.28, 5)).toEqual({ domain: [2, 10000], ticks: [2, 10, 100, 1000, 10000] });
  });
});

describe('chooseDateTicks', () => {
  it('returns the smallest month step that fits, aligned to January', () => {
    // 2024-01-02 … 2026-01-28: monthly gives 24 ticks, every 2 months 12, every 3 months 8 ≤ 10.
    const ticks = chooseDateTicks(dayOf('2024-01-02'), dayOf('2026-01-28'), 10);
    expect(ticks.map((t) => t.label)).toEqual(['Apr 2024', 'Jul', 'Oct', 'Jan 2025', 'Apr', 'Jul', 'Oct', 'Jan 2026']);
    expect(ticks[0].day).toBe(dayOf('2024-04-01'));
  });

  it('returns year ticks on years divisible by the step for long histories', () => {
    const ticks = chooseDateTicks(dayOf('1927-12-30'), dayOf('2026-01-28'), 6);
    expect(ticks.map((t) => t.label)).toEqual(['1940', '1960', '1980', '2000', '2020']);
  });
});
