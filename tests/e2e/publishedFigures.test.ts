import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/runCli.js';

// Published figures: Dow Jones Market Data via news reports of 2026-01-28 (see DEVELOPERS.md), and
// fixtures/SOURCES.md's milestone sanity check.

describe('compute on the bundled S&P 500 history', () => {
  const spx = runJson(['compute', 'fixtures/spx.csv']).indexes[0];
  const byLevel = (level: number) => spx.milestones.find((m: { level: number }) => m.level === level);

  it('returns the published first-close dates', () => {
    expect(byLevel(1000).firstCloseDate).toBe('1998-02-02');
    expect(byLevel(2000).firstCloseDate).toBe('2014-08-26');
    expect(byLevel(5000).firstCloseDate).toBe('2024-02-09');
    expect(byLevel(6000).firstCloseDate).toBe('2024-11-11');
  });

  it('returns the first close above 2,000 as the published two-decimal value despite float32 noise', () => {
    expect(byLevel(2000).firstClose).toBe(2000.02);
  });

  it('returns the published trading-day gaps', () => {
    expect(byLevel(2000).tradingDays, '1,000 → 2,000').toBe(4168);
    expect(byLevel(5000).tradingDays, '4,000 → 5,000').toBe(719);
    expect(byLevel(6000).tradingDays, '5,000 → 6,000').toBe(190);
  });

  it('adds one to every gap with --inclusive', () => {
    const inc = runJson(['compute', 'fixtures/spx.csv', '--inclusive']).indexes[0];
    expect(inc.milestones.find((m: { level: number }) => m.level === 2000).tradingDays).toBe(4169);
  });
});

describe('compute --as-of 2026-01-28 (the day of the 7,002.28 intraday record)', () => {
  const spx = runJson(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--target', '7000']).indexes[0];

  it('returns 7,000 pending at 302 trading days after the 6,000 first close', () => {
    const m = spx.milestones.find((r: { level: number }) => r.level === 7000);
    expect(m.status).toBe('pending');
    expect(m.tradingDays).toBe(302);
    expect(m.firstTouchDate).toBe('2026-01-28');
    expect(m.firstCloseDate).toBeNull();
  });

  it('returns the record high of 7,002.28 set that day, and the close of 6,978.03', () => {
    expect(spx.asOf).toBe('2026-01-28');
    expect(spx.recordHigh).toEqual({ date: '2026-01-28', value: 7002.28 });
    expect(spx.close).toBe(6978.03);
  });

  it('returns the target as touched and not closed above', () => {
    expect(spx.target.touched).toBe(true);
    expect(spx.target.closedAbove).toBe(false);
    expect(spx.target.points).toBe(Number((6978.03 - 7000).toFixed(2)));
  });

  it('returns the Nasdaq Composite 0.42% below its record close of 23,958.47', () => {
    const ixic = runJson(['compute', 'fixtures/ixic.csv', '--as-of', '2026-01-28']).indexes[0];
    expect(ixic.close).toBe(23857.45);
    expect(ixic.recordClose).toEqual({ date: '2025-10-29', value: 23958.47 });
    expect(ixic.pctFromRecordClose).toBe(Number(((23857.45 / 23958.47 - 1) * 100).toFixed(4)));
    expect(ixic.pctFromRecordClose.toFixed(2)).toBe('-0.42');
  });
});

describe('compute on the Dow', () => {
  it('returns the first close above 40,000 on 2024-05-17', () => {
    const dji = runJson(['compute', 'fixtures/dji.csv', '--levels', '1000,15000,40000']).indexes[0];
    expect(dji.milestones.map((m: { firstCloseDate: string }) => m.firstCloseDate)).toEqual([
      '1972-11-14',
      '2013-05-07',
      '2024-05-17',
    ]);
  });
});

describe('compute on several files', () => {
  it('reports each index, named from the file', () => {
    const doc = runJson(['compute', 'fixtures/spx.csv', 'fixtures/ixic.csv', 'fixtures/dji.csv', 'fixtures/rut.csv']);
    expect(doc.schemaVersion).toBe(3);
    expect(doc.indexes.map((i: { symbol: string }) => i.symbol)).toEqual(['SPX', 'IXIC', 'DJI', 'RUT']);
  });

  it('prints a table with thousands separators and no colour when piped', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4,168');
    expect(r.stdout).toContain('7,002.28');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stderr, 'only data-quality warnings (the flat 1928–1961 rows)').toMatch(/^(milestones: warning: .*\n)*$/);
  });

  it('prints one CSV row per milestone under a header', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions');
    expect(lines).toContain('SPX,2000,confirmed,2014-08-25,2001.95,2014-08-26,2000.02,4168,6049,1');
  });
});
