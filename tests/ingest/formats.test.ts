import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndexReport } from '../helpers/computeIndexReport.js';
import { dayOf } from '../helpers/makeSeries.js';
import type { IndexReport } from '../../src/core/IndexReport.type.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { readSeries } from '../helpers/readSeries.js';

// Every fixture in fixtures/formats is a clean bundled history rewritten by make-fixtures.mjs in one
// site's export shape. Read with no options, it must give the clean file's milestones over the same
// date range: same first-close (and, with highs, first-touch) dates, trading days and session count.

const read = (path: string): PriceSeries => readSeries(readFileSync(path, 'utf8'), path).series[0];

/** The clean series cut to `[first, last]` (day numbers). */
function slice(s: PriceSeries, first: number, last: number): PriceSeries {
  const from = s.days.findIndex((d) => d >= first);
  let to = s.length;
  while (to > 0 && s.days[to - 1] > last) to--;
  const cut = <T extends Int32Array | Float64Array>(a: T): T => a.subarray(from, to) as T;
  return { ...s, length: to - from, days: cut(s.days), close: cut(s.close), high: s.high && cut(s.high), low: s.low && cut(s.low), lines: cut(s.lines) };
}

const report = (s: PriceSeries, step: number): IndexReport =>
  computeIndexReport(s, { plan: { kind: 'step', step }, atOrAbove: false, inclusive: false, target: null }, null)!;

const cases = [
  { file: 'yahoo.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'yfinance.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'stooq.csv', clean: 'dji', step: 1000, intraday: true },
  { file: 'fred.csv', clean: 'spx', step: 1000, intraday: false },
  { file: 'fred-old.csv', clean: 'spx', step: 1000, intraday: false },
  { file: 'nasdaq.csv', clean: 'ixic', step: 1000, intraday: true },
  { file: 'nasdaq-stock.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'wsj.csv', clean: 'dji', step: 1000, intraday: true },
  { file: 'investing.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'yahoo-web.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'spreadsheet.csv', clean: 'ixic', step: 1000, intraday: true },
  { file: 'semicolon-crlf.csv', clean: 'spx', step: 1000, intraday: true },
  { file: 'tab.tsv', clean: 'rut', step: 100, intraday: true },
  { file: 'european.csv', clean: 'spx', step: 1000, intraday: true },
];

const round2 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);

describe('reader: on every export format', () => {
  const clean = new Map(['spx', 'dji', 'ixic', 'rut'].map((name) => [name, read(`fixtures/${name}.csv`)]));
  for (const c of cases) {
    it(`returns the clean ${c.clean}.csv milestones for ${c.file}`, () => {
      const got = read(`fixtures/formats/${c.file}`);
      const base = clean.get(c.clean)!;
      const want = slice(base, got.days[0], got.days[got.length - 1]);
      expect(got.length, 'sessions').toBe(want.length);
      expect(Array.from(got.days), 'the same calendar').toEqual(Array.from(want.days));
      const a = report(got, c.step);
      const b = report(want, c.step);
      expect(a.milestones.length).toBeGreaterThan(1);
      expect(a.milestones.map((m) => [m.level, m.status, m.firstCloseDate, round2(m.firstClose), m.tradingDays, m.calendarDays])).toEqual(
        b.milestones.map((m) => [m.level, m.status, m.firstCloseDate, round2(m.firstClose), m.tradingDays, m.calendarDays]),
      );
      if (c.intraday) {
        expect(a.milestones.map((m) => [m.firstTouchDate, round2(m.firstTouchHigh)])).toEqual(
          b.milestones.map((m) => [m.firstTouchDate, round2(m.firstTouchHigh)]),
        );
      } else {
        expect(got.high, 'close-only file: no intraday facts').toBeNull();
        expect(a.milestones.every((m) => m.firstTouchDate === null)).toBe(true);
      }
    });
  }

  it('reproduces the published 1,000 → 2,000 gap of 4,168 from the Yahoo download (rows from 1996)', () => {
    const m = report(read('fixtures/formats/yahoo.csv'), 1000).milestones.find((r) => r.level === 2000)!;
    expect(m.firstCloseDate).toBe(dayOf('2014-08-26'));
    expect(m.tradingDays).toBe(4168);
  });
});
