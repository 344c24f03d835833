import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { runCli } from '../helpers/runCli.js';

// A ~19 MB file crosses many of the reader's 1 MiB chunks: rows split across chunk ends, an index's
// rows spread over chunks, a late row out of order (the file is read again, holding its rows) and a
// late quoted row (read by the careful parsers alone) must give what the same rows give in order.
const dir = mkdtempSync(join(tmpdir(), 'milestones-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SYMBOLS = 30;
const DAYS = 12000;

interface Row {
  readonly day: number;
  readonly symbol: string;
  readonly cells: string;
}

/** A deterministic long-format history, ~19 MB: random walks with flat stretches, spikes and weekend rows. */
function market(): Row[] {
  let seed = 12345;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: Row[] = [];
  for (let s = 0; s < SYMBOLS; s++) {
    const symbol = `S${String(s).padStart(3, '0')}`;
    let close = 50 + 100 * random();
    let day = 3653; // 1980-01-01
    for (let i = 0; i < DAYS; i++) {
      day += random() < 0.002 ? 2 : 1; // mostly consecutive days: weekends included, and warned about
      close = Math.max(1, close * (1 + (random() - 0.485) * 0.03));
      const c = close.toFixed(2);
      const flat = i % 1500 >= 1490; // stretches of 10 flat rows
      const spike = random() < 0.0005;
      const shown = spike ? (close * 3).toFixed(2) : c;
      const high = flat ? shown : (Number(shown) * (1 + random() * 0.01)).toFixed(2);
      const low = flat ? shown : (Number(shown) * (1 - random() * 0.01)).toFixed(2);
      rows.push({ day, symbol, cells: `${flat ? shown : c},${high},${low},${shown},${Math.floor(random() * 1e7)}` });
    }
  }
  return rows;
}

function write(name: string, rows: readonly Row[], last = ''): string {
  const path = join(dir, name);
  const lines = rows.map((r) => `${isoFromDayNumber(r.day)},${r.symbol},${r.cells}`);
  writeFileSync(path, `date,symbol,open,high,low,close,volume\n${lines.join('\n')}\n${last}`);
  return path;
}

function compute(path: string, extra: string[] = []): { code: number | null; stdout: string; stderr: string } {
  return runCli(['compute', path, '--step', '10', '--format', 'csv', '--target', '120', ...extra]);
}

describe('a file of many chunks', () => {
  const rows = market();

  it('gives the same milestones grouped by symbol, sorted by date, or on standard input', () => {
    const grouped = write('grouped.csv', rows);
    expect(statSync(grouped).size, 'many 1 MiB chunks').toBeGreaterThan(17 << 20);
    const first = compute(grouped);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.split('\n').length, 'hundreds of milestone rows').toBeGreaterThan(500);
    expect(first.stderr, 'flat stretches, spikes and weekend rows are warned about').toMatch(/(?=[\s\S]*no intraday range)(?=[\s\S]*out of line)(?=[\s\S]*weekend)/);
    const stdin = runCli(['compute', '-', '--step', '10', '--format', 'csv', '--target', '120'], { input: readFileSync(grouped, 'utf8') });
    expect(stdin.stdout).toBe(first.stdout);
    expect(stdin.stderr).toBe(first.stderr.split(grouped).join('-'));
    const byDate = write('bydate.csv', [...rows].sort((a, b) => a.day - b.day || (a.symbol < b.symbol ? -1 : 1)));
    expect(compute(byDate).stdout).toBe(first.stdout);
    // As of a day inside the file: the rows after it still count for the warnings, not the milestones.
    const asOf = ['--as-of', isoFromDayNumber(3653 + DAYS / 2)];
    expect(compute(byDate, asOf).stdout).toBe(compute(grouped, asOf).stdout);
    expect(compute(byDate, asOf).stdout).not.toBe(first.stdout);
  });

  it('reads a late row out of date order, or quoted, as the same rows in order and unquoted', () => {
    const inOrder = compute(write('inorder.csv', rows));
    // The first row of S000 moved to the end: its dates are no longer ascending in file order.
    const late = compute(write('late.csv', [...rows.slice(1), rows[0]]));
    expect(late.code).toBe(0);
    expect(late.stdout).toBe(inOrder.stdout);
    const day = isoFromDayNumber(3653 + DAYS + 10);
    const quoted = compute(write('quoted.csv', rows, `${day},"S000",1,1,1,1,1\n`));
    const plain = compute(write('plain.csv', rows, `${day},S000,1,1,1,1,1\n`));
    expect(quoted.stdout).toBe(plain.stdout);
    expect(quoted.stderr.split('quoted.csv').join('plain.csv')).toBe(plain.stderr);
  });
});
