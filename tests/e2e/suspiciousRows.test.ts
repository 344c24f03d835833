import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/runCli.js';

// Issue 13, case 10: rows that used to be accepted silently are flagged (a warning naming the first
// line; an error under --strict) or refused. The run's date is fixed by MILESTONES_TODAY.
const TODAY = { MILESTONES_TODAY: '2026-12-02' };

/** `compute` of `csv` on standard input, as CSV, with the run's date fixed. */
function compute(csv: string, args: string[] = []) {
  return runCli(['compute', '-', '--format', 'csv', '--levels', '110', ...args], { input: csv, env: TODAY });
}

const HEADER = 'symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n';

describe('suspicious rows are flagged, not accepted silently', () => {
  it('a row dated after the run\'s date: kept, and one warning naming it', () => {
    const csv = 'date,close\n2026-11-30,100\n2026-12-01,105\n2026-12-02,108\n2026-12-03,120\n2099-06-01,125\n';
    const r = compute(csv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${HEADER}STDIN,110,confirmed,,,2026-12-03,120,,,\n`);
    expect(r.stderr).toBe('milestones: warning: -: rows dated after today: 2; gaps of over 5 years: 1 (milestones quality - lists them)\n');
    const json = JSON.parse(compute(csv, ['--format', 'json']).stdout).warnings;
    expect(json.map((w: { kind: string; message: string }) => [w.kind, w.message])).toEqual([
      ['futureRows', '2 rows dated after today (2026-12-02), kept: line 5 (2026-12-03), line 6 (2099-06-01)'],
      ['yearGaps', '1 gap of more than 5 years between consecutive sessions (a mistyped year?), kept: line 5 (2026-12-03) to line 6 (2099-06-01, 72 years)'],
    ]);
    // The same rows with the run a day later: 2026-12-03 is no longer in the future.
    const later = runCli(['compute', '-', '--format', 'csv', '--quiet', '--strict'], { input: csv, env: { MILESTONES_TODAY: '2099-06-01' } });
    expect(later.code, 'no future row left to fail --strict, only the gap').toBe(3);
    expect(later.stderr).toMatch(/^milestones: -:5: 1 gap of more than 5 years/);
  });

  it('the run\'s date is an environment setting; a malformed one is a usage error', () => {
    const r = runCli(['compute', 'fixtures/spx.csv'], { env: { MILESTONES_TODAY: '2026-13-01' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('milestones: MILESTONES_TODAY: expected a date as YYYY-MM-DD, got "2026-13-01"\n');
  });

  it('years 0000 and 1800 in a file of modern data: each gap named with both lines', () => {
    const r = compute('date,close\n0000-01-03,100\n2020-01-02,120\n2020-01-03,121\n1800-03-03,99\n');
    expect(r.code).toBe(0);
    // Sorted by date: 0000-01-03 (line 2), 1800-03-03 (line 5), 2020-01-02 (line 3). 0000-01-03 is a Monday
    // (proleptic Gregorian), 1800-03-03 a Monday too: no weekend warning.
    expect(r.stderr).toBe(
      'milestones: warning: -:2: 2 gaps of more than 5 years between consecutive sessions (a mistyped year?), kept: line 2 (0000-01-03) to line 5 (1800-03-03, 1,800 years), line 5 (1800-03-03) to line 3 (2020-01-02, 219 years)\n',
    );
  });

  it('text after a date is an error naming the line and the text', () => {
    for (const date of ['2021-03-15 garbage', '3/15/2021 garbage', '2021-03-15T']) {
      const r = compute(`date,close\n2021-03-12,100\n${date},120\n`);
      expect(r.code, date).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^milestones: -:3: date ${JSON.stringify(date).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has ".*" after the date, not a time of day\\n$`));
    }
    const timed = compute('date,close\n2021-03-15T00:00:00.000Z,100\n2021-03-16 00:00:00-05:00,120\n');
    expect(timed.stdout, 'a time of day after the date is still read').toBe(`${HEADER}STDIN,110,confirmed,,,2021-03-16,120,,,\n`);
  });

  it('a repeated column name: the first is read, and a warning says so', () => {
    const r = compute('date,close,close\n2021-03-15,100,200\n2021-03-16,120,300\n');
    expect(r.stdout).toBe(`${HEADER}STDIN,110,confirmed,,,2021-03-16,120,,,\n`);
    expect(r.stderr).toBe('milestones: warning: -:1: column "close" appears twice (columns 2 and 3): column 2 is read, column 3 ignored\n');
  });

  it('blank or N/A highs and lows: counted, with the first line', () => {
    const r = compute('date,high,low,close\n2021-03-15,101,99,100\n2021-03-16,N/A,,108\n2021-03-17,,110,111\n2021-03-18,125,118,121\n');
    // Line 3 has no high: its reach is its close, 108, below 110; line 4's close 111 is the first above.
    expect(r.stdout).toBe(`${HEADER}STDIN,110,confirmed,2021-03-17,111,2021-03-17,111,,,0\n`);
    expect(r.stderr).toBe('milestones: warning: -:3: 2 rows with an empty open, high or low ("", "N/A", …) kept with the close alone standing for them, first on line 3\n');
  });

  it('lines ending in CR alone are read as lines, from a file and from standard input', () => {
    const csv = 'date,close\r2021-03-15,100\r2021-03-16,120\r';
    expect(compute(csv).stdout).toBe(`${HEADER}STDIN,110,confirmed,,,2021-03-16,120,,,\n`);
  });

  it('process substitution (/dev/fd/63) names the index STDIN, as standard input does', () => {
    const r = spawnSync('bash', ['-c', '"$M" compute <(cat fixtures/spx.csv) --levels 7000 --format csv --quiet'], {
      cwd: ROOT,
      env: { ...process.env, M: BIN },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^STDIN,7000,/);
  });

  it('a --step too small for any index is a usage error before any input is read', () => {
    // Standard input never ends (/dev/zero): an answer at all shows that nothing was read.
    const r = spawnSync('sh', ['-c', '"$M" compute - --step 1e-300 < /dev/zero'], { cwd: ROOT, env: { ...process.env, M: BIN }, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "milestones: option '--step <step>' argument '1e-300' is invalid. expected a step of at least 0.00001 (a smaller one puts more than 100,000 levels below 1), got \"1e-300\"\n",
    );
  });
});
