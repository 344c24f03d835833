import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/runCli.js';

describe('errors', () => {
  const cases = [
    { name: 'a missing file', args: ['compute', 'fixtures/none.csv'], code: 3, message: /^milestones: fixtures\/none\.csv: no such file\n$/ },
    { name: 'a directory', args: ['compute', 'fixtures'], code: 3, message: /^milestones: fixtures: is a directory/ },
    { name: 'an unknown option', args: ['compute', 'fixtures/spx.csv', '--bogus'], code: 2, message: /unknown option '--bogus'/ },
    { name: 'a bad step', args: ['compute', 'fixtures/spx.csv', '--step', 'x'], code: 2, message: /expected a positive number, got "x"/ },
    { name: 'a bad date option', args: ['compute', 'fixtures/spx.csv', '--as-of', '2026-02-30'], code: 2, message: /YYYY-MM-DD, got "2026-02-30"/ },
    { name: 'both --levels and --step', args: ['compute', 'fixtures/spx.csv', '--levels', '1', '--step', '2'], code: 2, message: /either --levels or --step/ },
  ];
  for (const c of cases) {
    it(`exits ${c.code} with one line for ${c.name}`, () => {
      const r = runCli(c.args);
      expect(r.code).toBe(c.code);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('takes standard input on /dev/null (cron, CI) as a terminal: no FILE is a usage error, exit 2, for every command', () => {
    const devNull = openSync('/dev/null', 'r');
    try {
      for (const args of [['compute'], ['distance', '7000'], ['check', '--above', '7000'], ['compare'], ['drawdowns'], ['chart'], ['quality']]) {
        const r = spawnSync(BIN, args, { cwd: ROOT, stdio: [devNull, 'pipe', 'pipe'], encoding: 'utf8' });
        expect(r.status, args[0]).toBe(2);
        expect(r.stdout, args[0]).toBe('');
        expect(r.stderr, args[0]).toBe("milestones: missing argument 'file' (a CSV file, - for standard input, or --sample)\n");
      }
    } finally {
      closeSync(devNull);
    }
  });

  it('refuses a file given twice (its indexes would come out twice), whatever the command', () => {
    for (const [args, message] of [
      [['compute', 'fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/spx.csv'], 'fixtures/spx.csv is given twice'],
      [['compare', '--sample', 'fixtures/spx.csv'], 'fixtures/spx.csv is given twice (--sample reads it)'],
      [['drawdowns', '-', '-'], '- is given twice'],
    ]) {
      const r = runCli(args as string[]);
      expect(r.code, (args as string[]).join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`milestones: ${message}\n`);
    }
  });

  it('names the file, line and value of an unparsable price', () => {
    const r = runCli(['compute', '-', '--symbol', 'x'], { input: 'date,close\n2024-01-02,100\n2024-01-03,12,5\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: -:3: expected 2 fields, found 3\n');
    const bad = runCli(['compute', '-'], { input: 'date,close\n2024-01-02,abc\n' });
    expect(bad.stderr).toBe('milestones: -:2: close "abc" is not a number\n');
  });

  it('names both lines of a conflicting duplicate date', () => {
    const r = runCli(['compute', '-'], { input: 'date,close\n2024-01-03,101\n2024-01-02,100\n2024-01-03,102\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: -:4: STDIN date 2024-01-03 also on line 2 with different values\n');
  });

  it('reads newest-first rows from standard input', () => {
    const r = runCli(['compute', '-', '--symbol', 'demo', '--format', 'csv', '--step', '100'], {
      input: 'Date,Close\n2024-01-04,210\n2024-01-03,150\n2024-01-02,90\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n' +
        'DEMO,100,confirmed,,,2024-01-03,150,,,\n' +
        'DEMO,200,confirmed,,,2024-01-04,210,1,1,\n',
    );
  });
});
