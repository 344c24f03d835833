import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// Every bad input exits 3 (input error) with exactly one line on stderr naming the file, the line
// when there is one, and what is wrong; nothing reaches stdout and no stack trace is printed.
const cases: { name: string; file: string; args?: string[]; message: string }[] = [
  { name: 'a missing file', file: 'fixtures/bad/none.csv', message: 'fixtures/bad/none.csv: no such file' },
  { name: 'a directory', file: 'fixtures/bad', message: 'fixtures/bad: is a directory, not a CSV file' },
  { name: 'an empty file', file: 'fixtures/bad/empty.csv', message: 'fixtures/bad/empty.csv: file is empty' },
  { name: 'a header with no rows', file: 'fixtures/bad/header-only.csv', message: 'fixtures/bad/header-only.csv: no data rows after the header' },
  {
    name: 'no close column (only Adj Close)',
    file: 'fixtures/bad/no-close-column.csv',
    message:
      'fixtures/bad/no-close-column.csv:1: no close column (found "Date", "Open", "High", "Low", "Adj Close", "Volume"; an adjusted close is not the index level)',
  },
  { name: 'an HTML page', file: 'fixtures/bad/html-page.csv', message: 'fixtures/bad/html-page.csv: is an HTML or XML page, not CSV (a failed or blocked download?)' },
  {
    name: "Stooq's hits-limit notice",
    file: 'fixtures/bad/stooq-limit.csv',
    message: 'fixtures/bad/stooq-limit.csv:1: not a CSV of prices: its first line is "Exceeded the daily hits limit"',
  },
  { name: 'binary garbage', file: 'fixtures/bad/binary.csv', message: 'fixtures/bad/binary.csv: is binary data, not CSV text (if it is UTF-16, save it as UTF-8)' },
  { name: 'a zero price', file: 'fixtures/bad/non-positive-price.csv', message: 'fixtures/bad/non-positive-price.csv:3: close "0" is not a positive price' },
  { name: 'a date that does not exist', file: 'fixtures/bad/nonexistent-date.csv', message: 'fixtures/bad/nonexistent-date.csv:3: date "2026-02-30" does not exist' },
  { name: 'a wrong field count', file: 'fixtures/bad/wrong-field-count.csv', message: 'fixtures/bad/wrong-field-count.csv:3: expected 2 fields, found 3' },
  {
    name: 'an unterminated quote',
    file: 'fixtures/bad/unterminated-quote.csv',
    message: 'fixtures/bad/unterminated-quote.csv:3: unterminated quoted field (a " that is never closed)',
  },
  {
    // 6,978,600,000,000 ÷ 1,000 − 6 ≈ 7 × 10^9 levels, far over the 100,000 an index may have: refused before any is made.
    name: 'a price that would make too many levels',
    file: 'fixtures/bad/wild-price.csv',
    message: 'fixtures/bad/wild-price.csv:3: WILD-PRICE: a price of 6978600000000 would make more than 100,000 milestone levels of 1000 points: check the row, or use a larger --step',
  },
  { name: 'an unparsable price', file: 'fixtures/bad/unparsable-price.csv', message: 'fixtures/bad/unparsable-price.csv:3: close "n.a.x" is not a number' },
  {
    name: 'a conflicting duplicate date',
    file: 'fixtures/bad/conflicting-duplicate.csv',
    message: 'fixtures/bad/conflicting-duplicate.csv:4: CONFLICTING-DUPLICATE date 2026-01-28 also on line 3 with different values',
  },
  {
    name: 'dates whose day/month order nothing settles',
    file: 'fixtures/bad/ambiguous-dates.csv',
    message:
      'fixtures/bad/ambiguous-dates.csv:2: dates like "01/05/2026" could be month/day or day/month and no day above 12 settles it: pass --date-order mdy or --date-order dmy',
  },
  {
    name: 'any warning under --strict',
    file: 'fixtures/formats/fred.csv',
    args: ['--strict'],
    message: 'fixtures/formats/fred.csv:12: 101 rows with no close (empty, ".", "null", …) skipped as not sessions, first on line 12 (an error with --strict)',
  },
];

describe('bad input', () => {
  for (const c of cases) {
    it(`exits 3 with one line and no output for ${c.name}`, () => {
      const r = runCli(['compute', c.file, ...(c.args ?? [])]);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`milestones: ${c.message}\n`);
    });
  }

  it('skips an unparsable row with --skip-bad-rows and reports it once', () => {
    const r = runCli(['compute', 'fixtures/bad/unparsable-price.csv', '--skip-bad-rows', '--levels', '6970', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'milestones: warning: fixtures/bad/unparsable-price.csv:3: 1 unparsable row skipped (--skip-bad-rows), first on line 3: close "n.a.x" is not a number\n',
    );
    expect(r.stdout.split('\n')[1], 'the two good rows are sessions; 6,978.60 on the first predates 6,970').toBe(
      'UNPARSABLE-PRICE,6970,predates,,,,,,,',
    );
  });

  it('reads ambiguous dates with --date-order', () => {
    const mdy = runCli(['compute', 'fixtures/bad/ambiguous-dates.csv', '--date-order', 'mdy', '--levels', '6940', '--format', 'csv']);
    expect(mdy.code).toBe(0);
    expect(mdy.stdout.split('\n')[1], '01/06/2026 read as 6 January').toBe('AMBIGUOUS-DATES,6940,confirmed,,,2026-01-06,6944.82,,,');
    const dmy = runCli(['compute', 'fixtures/bad/ambiguous-dates.csv', '--date-order', 'dmy', '--levels', '6940', '--format', 'csv']);
    expect(dmy.stdout.split('\n')[1], '01/06/2026 read as 1 June').toBe('AMBIGUOUS-DATES,6940,confirmed,,,2026-06-01,6944.82,,,');
  });

  it('refuses a step too fine for the data as a usage error naming the row', () => {
    // Levels start above the first close, 17.66: this high of 1,022.15 is above (1,022.15 − 17.66) ÷ 0.01 ≈ 100,449
    // of them, the first row past 100,000 (the high before it, 1,015.33, is above 99,767); the close
    // before it is near 1,020, so the data moved as markets do and the step is at fault.
    const fine = runCli(['compute', 'fixtures/spx.csv', '--step', '0.01']);
    expect(fine.code).toBe(2);
    expect(fine.stdout).toBe('');
    expect(fine.stderr).toBe('milestones: fixtures/spx.csv:17602: SPX: --step 0.01 would make more than 100,000 milestone levels below 1022.15: use a larger --step\n');
    // A step under 0.00001 puts over 100,000 levels below 1: refused before the file is read.
    const finer = runCli(['compute', 'fixtures/spx.csv', '--step', '1e-9']);
    expect(finer.code).toBe(2);
    expect(finer.stderr).toMatch(/^milestones: option '--step <step>' argument '1e-9' is invalid\. expected a step of at least 0\.00001/);
  });

  it('refuses a --date-order that is not mdy, dmy or ymd as a usage error', () => {
    const r = runCli(['compute', 'fixtures/bad/ambiguous-dates.csv', '--date-order', 'ydm']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
