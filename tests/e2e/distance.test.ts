import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../helpers/parseCsvRecords.js';
import { runCli, runJson } from '../helpers/runCli.js';

// Reference figures: fixtures/SOURCES.md (S&P 500: high 7,002.28 and close 6,978.03 on 2026-01-28, the first
// high >= 7,000, closed below it; first close >= 7,000 on 2026-04-15 at 7,022.95).

describe('distance on the S&P 500 as of 2026-01-28', () => {
  const row = runJson(['distance', '7000', 'fixtures/spx.csv', '--as-of', '2026-01-28']).indexes[0];

  it('returns the last close and its signed distance to 7,000', () => {
    expect(row.asOf).toBe('2026-01-28');
    expect(row.close).toBe(6978.03);
    expect(row.level).toBe(7000);
    expect(row.points, 'close − target, negative: below').toBe(-21.97);
    expect(row.pct, '(6978.03 / 7000 − 1) × 100').toBe(-0.3139);
    expect(row.gainPct, '(7000 / 6978.03 − 1) × 100').toBe(0.3148);
  });

  it('returns 7,000 as touched that day but not closed above', () => {
    expect(row.touched).toBe(true);
    expect(row.firstTouchDate).toBe('2026-01-28');
    expect(row.closedAbove).toBe(false);
    expect(row.firstCloseDate).toBeNull();
  });

  it('returns the first close above 7,000 on 2026-04-15 on the whole history', () => {
    const all = runJson(['distance', '7000', 'fixtures/spx.csv']).indexes[0];
    expect(all.closedAbove).toBe(true);
    expect(all.firstCloseDate).toBe('2026-04-15');
    expect(all.points, 'above 7,000 at the end of the data').toBeGreaterThan(0);
  });
});

describe('distance on a hand-made series', () => {
  // Target 100: the 01-03 high (105) is the first trade above it, the 01-04 close (101) the first close above.
  const input = 'date,high,close\n2024-01-02,95,90\n2024-01-03,105,99\n2024-01-04,104,101\n2024-01-05,100,100\n';

  it('returns the exact distance and dates, with a close equal to the target not above it', () => {
    const r = runCli(['distance', '100', '-', '--symbol', 'demo', '--format', 'json'], { input });
    const row = JSON.parse(r.stdout).indexes[0];
    expect(row).toEqual({
      symbol: 'DEMO',
      name: null,
      source: '-',
      asOf: '2024-01-05',
      close: 100,
      level: 100,
      points: 0,
      pct: 0,
      gainPct: 0,
      touched: true,
      firstTouchDate: '2024-01-03',
      closedAbove: true,
      firstCloseDate: '2024-01-04',
    });
  });

  it('counts a high equal to the target as a touch only with --at-or-above', () => {
    const onlyEqual = 'date,high,close\n2024-01-02,100,90\n';
    expect(JSON.parse(runCli(['distance', '100', '-', '--format', 'json'], { input: onlyEqual }).stdout).indexes[0].touched).toBe(false);
    const r = runCli(['distance', '100', '-', '--format', 'json', '--at-or-above'], { input: onlyEqual });
    expect(JSON.parse(r.stdout).indexes[0].firstTouchDate).toBe('2024-01-02');
  });

  it('returns touched as null without a high column', () => {
    const r = runCli(['distance', '100', '-', '--format', 'json'], { input: 'date,close\n2024-01-02,90\n' });
    const row = JSON.parse(r.stdout).indexes[0];
    expect(row.touched).toBeNull();
    expect(row.pct).toBe(-10);
  });
});

describe('distance output formats', () => {
  const args = ['distance', '7000', 'fixtures/spx.csv', 'fixtures/ixic.csv', 'fixtures/vix.csv', '--as-of', '2026-01-28'];
  const doc = runJson(args);

  it('prints only the signed percent, one line per index (after its symbol and a tab: several indexes), with --format value', () => {
    const r = runCli([...args, '--format', 'value']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^([A-Z]+\t-?[0-9.]+\n){3}$/);
    const lines = r.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(lines.map(([symbol, pct]) => [symbol, Number(pct)])).toEqual(doc.indexes.map((i: { symbol: string; pct: number }) => [i.symbol, i.pct]));
    expect(lines[0]).toEqual(['SPX', String(Number(((6978.03 / 7000 - 1) * 100).toFixed(4)))]);
  });

  it('prints CSV that parses back to the JSON records', () => {
    const r = runCli([...args, '--format', 'csv']);
    const back = parseCsvRecords(r.stdout);
    expect(back).toHaveLength(3);
    expect(back).toEqual(doc.indexes);
  });

  it('prints one NDJSON object per index, equal to the JSON document\'s indexes', () => {
    const lines = runCli([...args, '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(doc.indexes);
  });

  it('prints a markdown table with one row per index and rounded figures', () => {
    const lines = runCli([...args, '--format', 'markdown']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 2 + 3); // the caption and a blank line, the header and rule, the rows
    expect(lines[0]).toBe('As of 2026-01-28');
    expect(lines[2]).toMatch(/^\| Index \| Date \| Close \| Target \| Points \| Percent \| Gain needed \| First touch \| First close above \|$/);
    expect(lines[3]).toMatch(/^\|---\|---\|---:\|/);
    expect(lines[4]).toBe('| S&P 500 | 2026-01-28 | 6,978.03 | 7,000 | -21.97 | -0.31% | +0.31% | 2026-01-28 | never |');
  });
});

describe('a first touch or close on the file\'s first day', () => {
  it('is marked, with a note, when the file may not hold the whole history', () => {
    // One session at 100: 50 was closed above on the file's first day, and perhaps long before.
    const r = runCli(['distance', '50', '-', '--symbol', 'demo'], { input: 'date,close\n2024-01-02,100\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('│ 2024-01-02* │');
    expect(r.stdout).toContain("  * DEMO: on the file's first day, 2024-01-02; it may have come earlier (the\n    file may not hold the index's whole history)\n");
    // The machine formats keep the date, the first close above in the data, unmarked.
    const json = runCli(['distance', '50', '-', '--symbol', 'demo', '--format', 'json'], { input: 'date,close\n2024-01-02,100\n' });
    expect(JSON.parse(json.stdout).indexes[0]).toMatchObject({ firstCloseDate: '2024-01-02', closedAbove: true });
  });

  it('is not marked when the file starts on the first day of the index history', () => {
    // fixtures/spx.csv starts 1927-12-30, where the registry's S&P 500 history starts: its first close above 5 is that day.
    const r = runCli(['distance', '5', 'fixtures/spx.csv', '-q']);
    expect(r.stdout).toMatch(/│ 1927-12-30  │/);
    expect(r.stdout).not.toContain('*');
  });
});
