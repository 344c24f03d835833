import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// Files that could be read as something they are not. Each is the bundled S&P 500 history (or a few
// rows) rewritten with plain string code, never by the product; a reading either gives exactly the
// report of the clean rows, or stops with one line saying why (exit 3), never other numbers.
const dir = mkdtempSync(join(tmpdir(), 'milestones-traps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [header, ...rows] = readFileSync('fixtures/spx.csv', 'utf8').trimEnd().split('\n');
/** The rows of `year` (ISO dates), with each date rewritten by `date` (from `YYYY`, `MM`, `DD`). */
function copy(name: string, year: string, date: (y: string, m: string, d: string) => string, lines = rows): string {
  const kept = lines.filter((l) => l.startsWith(year)).map((l) => date(l.slice(0, 4), l.slice(5, 7), l.slice(8, 10)) + l.slice(10));
  const path = join(dir, name);
  writeFileSync(path, `${header}\n${kept.join('\n')}\n`);
  return path;
}
const csv = (path: string, ...args: string[]) => runCli(['compute', path, '--symbol', 'X', '--step', '100', '--format', 'csv', ...args]);

describe('two-digit years', () => {
  const iso = copy('iso-2024.csv', '2024', (y, m, d) => `${y}-${m}-${d}`);
  const yearFirst = copy('ymd-2024.csv', '2024', (y, m, d) => `${y.slice(2)}/${m}/${d}`);
  const dayFirst = copy('dmy-2024.csv', '2024', (y, m, d) => `${d}/${m}/${y.slice(2)}`);

  it('stops on 24/01/02, which is 2 January 2024 or 24 January 2002, and reads it as told', () => {
    const r = csv(yearFirst);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`milestones: ${yearFirst}:2: dates like "24/01/02" could be day/month/year or year/month/day (two-digit years): pass --date-order dmy or --date-order ymd\n`);
    const clean = csv(iso);
    expect(clean.code).toBe(0);
    expect(csv(yearFirst, '--date-order', 'ymd').stdout).toBe(clean.stdout);
  });

  it('stops on day-first dates that read as year-first too, and reads them as told', () => {
    // 2024-01-16 is the first session whose day is above 12 (its line in the copy is the 11th).
    const r = csv(dayFirst);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/:11: dates like "16\/01\/24" could be day\/month\/year or year\/month\/day/);
    expect(csv(dayFirst, '--date-order', 'dmy').stdout).toBe(csv(iso).stdout);
  });

  it('reads day-first dates without asking when a year above 31 rules out year-first', () => {
    const clean = csv(copy('iso-1999.csv', '1999', (y, m, d) => `${y}-${m}-${d}`));
    const r = csv(copy('dmy-1999.csv', '1999', (y, m, d) => `${d}/${m}/${y.slice(2)}`));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
  });

  it('says which option reads a year-first date that cannot be day-first', () => {
    const path = copy('ymd-1999.csv', '1999', (y, m, d) => `${y.slice(2)}/${m}/${d}`);
    const r = csv(path);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`milestones: ${path}:2: date "99/01/04" does not exist with the year last; if the year comes first, pass --date-order ymd\n`);
    expect(csv(path, '--date-order', 'ymd').stdout).toBe(csv(copy('iso-1999b.csv', '1999', (y, m, d) => `${y}-${m}-${d}`)).stdout);
  });
});

describe('columns', () => {
  it('does not take a known column of a two-column file (Open, High, Volume) for the close', () => {
    for (const name of ['Open', 'High', 'Volume']) {
      const path = join(dir, `two-${name}.csv`);
      writeFileSync(path, `Date,${name}\n2024-01-02,100\n2024-01-03,101\n`);
      const r = runCli(['compute', path]);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`milestones: ${path}:1: no close column (found "Date", "${name}")\n`);
    }
    // A name of no known column is the close, as FRED's SP500 is.
    const fred = join(dir, 'two-sp500.csv');
    writeFileSync(fred, 'DATE,SP500\n2024-01-02,100\n2024-01-03,101\n');
    expect(runCli(['compute', fred, '--levels', '100.5', '--format', 'csv']).stdout.split('\n')[1]).toBe('TWO-SP500,100.5,confirmed,,,2024-01-03,101,,,');
  });

  it('refuses a yfinance download of several tickers rather than read one of them', () => {
    const path = join(dir, 'yf-two.csv');
    writeFileSync(
      path,
      'Price,Close,Close,High,High,Low,Low,Open,Open,Volume,Volume\nTicker,^DJI,^GSPC,^DJI,^GSPC,^DJI,^GSPC,^DJI,^GSPC,^DJI,^GSPC\nDate,,,,,,,,,,\n' +
        '2024-01-02,37715.04,4742.83,37778.85,4754.33,37438.19,4722.67,37566.22,4745.2,312060000,3743050000\n',
    );
    const r = runCli(['compute', path]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`milestones: ${path}:1: a yfinance download of several tickers (column "Close" appears more than once): save one ticker a file\n`);
  });
});

describe('an intraday column empty on every row of an index', () => {
  // A (close only, its open/high/low cells empty) closes 4,700 then 4,800.50: 4,800 is first closed
  // above on 2024-01-03, and nothing is known of its intraday highs. B has highs: 4,850 on 2024-01-03,
  // so 4,800 was first traded above that day.
  const path = join(dir, 'empty-highs.csv');
  writeFileSync(path, 'symbol,date,open,high,low,close\nA,2024-01-02,,,,4700\nA,2024-01-03,,,,4800.5\nB,2024-01-02,4700,4750,4650,4700\nB,2024-01-03,4700,4850,4650,4800.5\n');

  it('is no column: no first touch, record high or attempt at a level is made up from the closes', () => {
    const r = runCli(['compute', path, '--step', '100', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const [a, b] = JSON.parse(r.stdout).indexes;
    expect(a.milestones).toMatchObject([{ level: 4800, status: 'confirmed', firstTouchDate: null, firstTouchHigh: null, firstCloseDate: '2024-01-03' }]);
    expect([a.recordHigh, a.pctFromRecordHigh, a.context.milestones[0].attempts]).toEqual([null, null, null]);
    expect(b.milestones).toMatchObject([{ level: 4800, firstTouchDate: '2024-01-03', firstTouchHigh: 4850 }]);
    expect(b.recordHigh).toEqual({ date: '2024-01-03', value: 4850 });
    expect(b.context.milestones[0].attempts, 'no session traded above 4,800 without closing above it').toBe(0);
  });

  it('cannot answer --touched', () => {
    const r = runCli(['check', path, '--symbol', 'A', '--touched', '4750']);
    expect(r.code).toBe(3);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`milestones: ${path}: A has no intraday highs (no high column, or an empty one): --touched needs them`);
  });
});

describe('rows of empty cells', () => {
  it('skips them as blank lines, as a spreadsheet writes them', () => {
    const clean = csv(copy('iso-2023.csv', '2023', (y, m, d) => `${y}-${m}-${d}`));
    const lines = rows.filter((l) => l.startsWith('2023'));
    const path = join(dir, 'empty-cells.csv');
    writeFileSync(path, `${header}\n${lines.slice(0, 100).join('\n')}\n,,,,,\n${lines.slice(100).join('\n')}\n,,,,,\n"","","","","",""\n`);
    const r = csv(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
  });
});

describe('a date column has one shape', () => {
  const cases = [
    { name: 'a year written with two digits after one with four', text: '1/2/2024,100\n1/3/24,101\n', message: ':3: date "1/3/24" is not written like the column\'s first date' },
    { name: 'another separator', text: '01-02-2024,100\n01/03/2024,101\n', message: ':3: date "01/03/2024" is not written like the column\'s first date' },
    { name: 'a time of day that is none', text: '2024-01-02 25:61:00,100\n', message: ':2: date "2024-01-02 25:61:00" has " 25:61:00" after the date, not a time of day' },
  ];
  for (const c of cases) {
    it(`stops on ${c.name}`, () => {
      const path = join(dir, 'shape.csv');
      writeFileSync(path, `date,close\n${c.text}`);
      const r = runCli(['compute', path]);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`milestones: ${path}${c.message}\n`);
    });
  }
});

describe('a price that cannot be read says why', () => {
  it('names a decimal comma that comes after the rows the dialect is settled from', () => {
    // 600 rows of whole numbers (about 12 KiB, past the 8 KiB sample), then 3000,5.
    const lines = Array.from({ length: 600 }, (_, k) => `${2000 + Math.floor(k / 300)}-${String(1 + Math.floor((k % 300) / 28)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')};${3000 + k}`);
    const path = join(dir, 'late-comma.csv');
    writeFileSync(path, `Date;Close\n${lines.join('\n')}\n2002-01-01;3000,5\n`);
    const r = runCli(['compute', path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`milestones: ${path}:602: close "3000,5" is not a number (the first rows have no decimal comma, so the file is read with decimal points)\n`);
  });
});
