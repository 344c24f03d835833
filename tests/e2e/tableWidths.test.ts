import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// Issue 16 item 3: every table fits the terminal. Not a terminal here, so the width is 80 unless
// COLUMNS says otherwise; --wide lifts the limit. Lines are counted in characters (the box drawing and
// the braille are one column each); colour is off (not a terminal).
const FOUR = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv'];
const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'compute', args: ['compute', ...FOUR] },
  { name: 'compute --context', args: ['compute', 'fixtures/dji.csv', '--context', '--calendar', 'nyse'] },
  { name: 'compute --step 100 (a long table)', args: ['compute', 'fixtures/spx.csv', '--step', '100'] },
  { name: 'compare', args: ['compare', ...FOUR, 'fixtures/vix.csv'] },
  { name: 'compare with targets', args: ['compare', ...FOUR, '--target', 'SPX=7000,DJI=50000,IXIC=25000,RUT=3000'] },
  { name: 'distance', args: ['distance', '7000', ...FOUR] },
  { name: 'drawdowns', args: ['drawdowns', ...FOUR] },
  { name: 'quality', args: ['quality', 'fixtures/dji.csv', 'fixtures/spx.csv'] },
  { name: 'chart (terminal)', args: ['chart', 'fixtures/spx.csv', 'fixtures/dji.csv'] },
];

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));

describe('tables fit the terminal', () => {
  for (const { name, args } of COMMANDS) {
    it(`${name}: at most 80 columns in a pipe, 120 with COLUMNS=120`, () => {
      const at80 = runCli([...args, '-q']);
      expect(at80.code, at80.stderr).toBe(0);
      expect(widest(at80.stdout)).toBeLessThanOrEqual(80);
      const at120 = runCli([...args, '-q'], { env: { COLUMNS: '120' } });
      expect(at120.code, at120.stderr).toBe(0);
      expect(widest(at120.stdout)).toBeLessThanOrEqual(120);
    });
  }

  it('wraps a caption that names many indexes with other dates, and a long title', () => {
    // Eight indexes whose data end on eight different days: the caption names seven of them.
    const dir = mkdtempSync(join(tmpdir(), 'milestones-widths-'));
    const rows = ['symbol,date,close'];
    for (let k = 0; k < 8; k++) for (let d = 1; d <= 2 + k; d++) rows.push(`INDEX${k},2024-03-${String(d).padStart(2, '0')},${100 + d}`);
    // A title too long with its source (about 100 columns): the path goes on a line of its own.
    const long = join(dir, 'a-rather-long-file-name-for-prices.csv');
    writeFileSync(long, `${rows.join('\n')}\n`);
    for (const command of ['compare', 'distance 150', 'compute']) {
      const r = runCli([...command.split(' '), long, '-q']);
      expect(r.code, r.stderr).toBe(0);
      expect(widest(r.stdout), command).toBeLessThanOrEqual(80);
    }
  });

  it('uses the room it is given: more columns at 120 than at 80, all of them with --wide', () => {
    const args = ['compare', ...FOUR, '-q'];
    const header = (out: string) => out.split('\n')[2];
    const cells = (out: string) => header(out).split('│').length - 2;
    const [narrow, medium, wide] = [runCli(args), runCli(args, { env: { COLUMNS: '120' } }), runCli([...args, '--wide'])];
    expect(cells(narrow.stdout)).toBe(7); // Index, Close, Day, From record, Next level, Points, Percent
    expect(cells(medium.stdout)).toBeGreaterThan(7);
    // --wide: every column of the CSV but the display name, in the table (target columns only with targets).
    const csvColumns = runCli([...args, '--format', 'csv']).stdout.split('\n')[0].split(',');
    expect(cells(wide.stdout)).toBe(csvColumns.filter((c) => c !== 'name' && !c.startsWith('target')).length);
    expect(widest(wide.stdout)).toBeGreaterThan(200);
  });

  it('draws a terminal chart as wide as COLUMNS says, as the tables', () => {
    const at60 = runCli(['chart', 'fixtures/spx.csv', '-q'], { env: { COLUMNS: '60' } });
    expect(widest(at60.stdout)).toBeLessThanOrEqual(60);
    expect(widest(at60.stdout)).toBeGreaterThan(55);
    expect(widest(runCli(['chart', 'fixtures/spx.csv', '-q'], { env: { COLUMNS: '20' } }).stdout), 'the narrowest chart: 40').toBeLessThanOrEqual(40);
  });

  it('never keeps a date without the value it dates', () => {
    const args = ['compare', ...FOUR, '-q'];
    // The two header lines, cell by cell: `Record` over `date` is "Record date".
    const headers = (out: string) => {
      const [a, b] = out.split('\n').slice(2, 4).map((line) => line.split('│').slice(1, -1).map((c) => c.trim()));
      return a.map((top, k) => `${top} ${b[k]}`.trim());
    };
    for (let width = 80; width <= 240; width += 8) {
      const shown = headers(runCli(args, { env: { COLUMNS: String(width) } }).stdout);
      if (shown.includes('Record date')) expect(shown, `${width} columns`).toContain('Record close');
      if (shown.includes('High date')) expect(shown, `${width} columns`).toContain('Record high');
      if (shown.includes('First close above it')) expect(shown, `${width} columns`).toContain('Last level');
    }
  });

  it('keeps numbers right-aligned and dates in one style', () => {
    const out = runCli(['compare', ...FOUR, '--wide', '-q']).stdout;
    const spx = out.split('\n').find((line) => line.startsWith('│ S&P 500')) as string;
    const cells = spx.split('│').slice(2, -1); // after the index's name
    for (const cell of cells.filter((c) => /\d/.test(c) && !/\d{4}-\d{2}-\d{2}/.test(c))) expect(cell, 'a number').toMatch(/^ +\S+ $/);
    for (const cell of cells.filter((c) => /\d{4}-\d{2}-\d{2}/.test(c))) expect(cell.trim(), 'an ISO date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
