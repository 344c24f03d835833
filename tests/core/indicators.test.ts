import { readFileSync } from 'node:fs';
import { EMA, MACD, RSI, SMA } from 'trading-signals';
import { describe, expect, it } from 'vitest';
import { crossesOf, macdOf, movingAverageOf, rsiOf } from '../helpers/foldSeries.js';
import { readSeries } from '../helpers/readSeries.js';
import { isoDatesOf } from '../helpers/isoDatesOf.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

// Independent reference: trading-signals 8.3 (bennycode), run on the bundled S&P 500 closes.
const spx = readSeries(readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8'), 'spx.csv', {}).series[0];
const closes = Array.from(spx.close);
const probes = [spx.length - 1, spx.length - 150, 20_000, 10_000, 500];

function closesOf(values: readonly number[]): Float64Array {
  return Float64Array.from(values);
}

describe('RecentCloses.movingAverage', () => {
  it('returns the mean of the last N closes and the close’s distance from it', () => {
    const ma = movingAverageOf(closesOf([1, 2, 3, 4, 5]), 4, 3);
    expect(ma).toEqual({ sessions: 3, value: 4, pctFromAverage: 25 });
  });

  it('returns null during the warm-up', () => {
    expect(movingAverageOf(closesOf([1, 2]), 1, 3)).toBeNull();
  });

  it('agrees with trading-signals SMA(50) and SMA(200) on the S&P 500', () => {
    const sma50 = new SMA(50);
    const sma200 = new SMA(200);
    const want = new Map<number, [number | null, number | null]>();
    closes.forEach((c, i) => {
      const a = sma50.add(c);
      const b = sma200.add(c);
      if (probes.includes(i)) want.set(i, [a, b]);
    });
    for (const i of probes) {
      expect(movingAverageOf(spx.close, i, 50)?.value).toBeCloseTo(want.get(i)?.[0] as number, 8);
      expect(movingAverageOf(spx.close, i, 200)?.value).toBeCloseTo(want.get(i)?.[1] as number, 8);
    }
  });
});

describe('MovingAverageCrossFold', () => {
  it('returns a golden cross only from at-or-below to above, and a death cross from at-or-above to below', () => {
    // SMA2 − SMA3 from row 2: 0, +0.5 (golden at row 3), 0 (touch, no cross), −2 (death at row 5)
    const s = makeSeries([
      ['2024-01-01', 10],
      ['2024-01-02', 10],
      ['2024-01-03', 10],
      ['2024-01-04', 13],
      ['2024-01-05', 7],
      ['2024-01-08', 7],
    ]);
    expect(crossesOf(s, 5, 2, 3)).toEqual({ goldenCrossDate: dayOf('2024-01-04'), deathCrossDate: dayOf('2024-01-08') });
    expect(crossesOf(s, 4, 2, 3)).toEqual({ goldenCrossDate: dayOf('2024-01-04'), deathCrossDate: null });
    expect(crossesOf(s, 2, 2, 3), 'warm-up').toEqual({ goldenCrossDate: null, deathCrossDate: null });
  });

  it('agrees with crosses of trading-signals SMA(50)/SMA(200) on the S&P 500', () => {
    const sma50 = new SMA(50);
    const sma200 = new SMA(200);
    let prev: number | null = null;
    let golden = -1;
    let death = -1;
    const end = spx.length - 1;
    closes.forEach((c, i) => {
      const a = sma50.add(c);
      const b = sma200.add(c);
      if (a === null || b === null) return;
      const diff = a - b;
      if (prev !== null && prev <= 0 && diff > 0) golden = i;
      if (prev !== null && prev >= 0 && diff < 0) death = i;
      prev = diff;
    });
    // Compared as ISO text: `readDate` is an independent day-number → date conversion.
    const got = isoDatesOf(crossesOf(spx, end));
    const iso = (i: number) => readDate(i);
    expect(got.goldenCrossDate).toBe(iso(golden));
    expect(got.deathCrossDate).toBe(iso(death));
  });
});

describe('RsiFold', () => {
  it('returns the Wilder RSI worked out by hand', () => {
    // 14 changes: ten +1 and four −1 → avg gain 10/14, avg loss 4/14, RS 2.5, RSI 100 − 100/3.5
    const values = [100];
    for (let i = 0; i < 14; i++) values.push(values[i] + (i < 10 ? 1 : -1));
    expect(rsiOf(closesOf(values), 14)).toBeCloseTo(100 - 100 / 3.5, 12);
    // then +2: gain (10/14·13 + 2)/14 = 158/196, loss (4/14·13)/14 = 52/196 → 100 − 100/(1 + 158/52)
    values.push(values[14] + 2);
    expect(rsiOf(closesOf(values), 15)).toBeCloseTo(100 - 100 / (1 + 158 / 52), 12);
  });

  it('returns null before 14 changes and 100 without any loss', () => {
    const rising = closesOf(Array.from({ length: 20 }, (_, i) => 100 + i));
    expect(rsiOf(rising, 13)).toBeNull();
    expect(rsiOf(rising, 14)).toBe(100);
  });

  it('agrees with trading-signals RSI(14) (Wilder smoothing seeded with a simple mean) on the S&P 500', () => {
    const rsi = new RSI(14);
    const want = new Map<number, number | null>();
    closes.forEach((c, i) => {
      const v = rsi.add(c);
      if (probes.includes(i)) want.set(i, v);
    });
    for (const i of probes) expect(rsiOf(spx.close, i), `row ${i}`).toBeCloseTo(want.get(i) as number, 9);
  });
});

describe('MacdFold', () => {
  it('returns a constant line of 7 on a rising line of slope 1 (SMA-seeded EMAs lag (N − 1)/2)', () => {
    // EMA12 = close − 5.5 and EMA26 = close − 12.5 from their seeds on: line 7, signal 7, histogram 0.
    const ramp = closesOf(Array.from({ length: 60 }, (_, i) => 100 + i));
    const m = macdOf(ramp, 59);
    expect(m?.line).toBeCloseTo(7, 10);
    expect(m?.signal).toBeCloseTo(7, 10);
    expect(m?.histogram).toBeCloseTo(0, 10);
  });

  it('returns null until the signal has 9 line values (row 33)', () => {
    const ramp = closesOf(Array.from({ length: 40 }, (_, i) => 100 + i));
    expect(macdOf(ramp, 32)).toBeNull();
    expect(macdOf(ramp, 33)?.signal).toBeCloseTo(7, 10);
  });

  it('agrees with trading-signals MACD(12,26,9) once the seeding has faded (S&P 500, 24,000+ sessions)', () => {
    // trading-signals seeds its EMAs with the first value, not a mean: after thousands of sessions
    // the difference is below 1e-30 of the values, so both must give the same numbers.
    const macd = new MACD(new EMA(12), new EMA(26), new EMA(9));
    const want = new Map<number, { macd: number; signal: number; histogram: number } | null>();
    closes.forEach((c, i) => {
      const v = macd.add(c);
      if (probes.includes(i)) want.set(i, v);
    });
    for (const i of probes.filter((p) => p > 5000)) {
      const got = macdOf(spx.close, i);
      const ref = want.get(i);
      expect(got?.line, `row ${i}`).toBeCloseTo(ref?.macd as number, 8);
      expect(got?.signal).toBeCloseTo(ref?.signal as number, 8);
      expect(got?.histogram).toBeCloseTo(ref?.histogram as number, 8);
    }
  });
});

function readDate(row: number): string {
  const d = new Date(spx.days[row] * 86_400_000);
  return d.toISOString().slice(0, 10);
}
