import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { runCli } from '../helpers/runCli.js';

// Large files are read by two threads (a worker reads blocks from the end back); here from 16 MiB of
// rows on (MILESTONES_WORKER_MIN_MB). `--skip-bad-rows` sends the same file through the general
// path, the reference here.
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
  return runCli(['compute', path, '--step', '10', '--format', 'csv', '--target', '120', ...extra], { env: { MILESTONES_WORKER_MIN_MB: '16' } });
}

describe('a file large enough for two threads', () => {
  const rows = market();

  it('gives the general path\'s milestones and warnings, grouped by symbol or sorted by date', () => {
    const byDate = [...rows].sort((a, b) => a.day - b.day || (a.symbol < b.symbol ? -1 : 1));
    for (const [name, layout] of [['grouped.csv', rows], ['bydate.csv', byDate]] as const) {
      const path = write(name, layout);
      expect(statSync(path).size, 'over the 16 MiB a second thread starts at').toBeGreaterThan(17 << 20);
      const fast = compute(path);
      const general = compute(path, ['--skip-bad-rows']);
      expect(fast.code, fast.stderr).toBe(0);
      expect(fast.stdout.split('\n').length, 'hundreds of milestone rows').toBeGreaterThan(500);
      expect(fast.stdout).toBe(general.stdout);
      expect(fast.stderr).toBe(general.stderr);
      expect(fast.stderr, 'flat stretches, spikes and weekend rows are warned about').toMatch(/open = high = low = close[\s\S]*out of line[\s\S]*weekend|weekend[\s\S]*out of line[\s\S]*open = high = low = close/);
      // As of a day inside the file: the rows after it still count for the warnings, not the milestones.
      expect(compute(path, ['--as-of', isoFromDayNumber(3653 + DAYS / 2)]).stdout).toBe(compute(path, ['--as-of', isoFromDayNumber(3653 + DAYS / 2), '--skip-bad-rows']).stdout);
    }
  });

  it('hands the file to the general path when a late block is not plain or out of date order', () => {
    const quoted = write('quoted.csv', rows, `${isoFromDayNumber(3653 + DAYS + 10)},"S000",1,1,1,1,1\n`);
    expect(compute(quoted)).toEqual(compute(quoted, ['--skip-bad-rows']));
    // The first row of S000 moved to the end: its dates are no longer ascending in file order.
    const late = write('late.csv', [...rows.slice(1), rows[0]]);
    const fast = compute(late);
    expect(fast.code).toBe(0);
    expect(fast).toEqual(compute(late, ['--skip-bad-rows']));
    expect(fast.stdout, 'the same milestones as the file in order').toBe(compute(write('inorder.csv', rows)).stdout);
  });
});
