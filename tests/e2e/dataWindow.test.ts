import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// Issue 14's data-window examples on the bundled files. fixtures/dji.csv ends 2025-11-07 (a Friday);
// the Dow first closed above 50,000 on 2026-02-06 (fixtures/SOURCES.md), after the file ends.
// 2025-11-07 to 2026-02-10: 23 days left in November, 31 in December, 31 in January, 10 in February = 95.
const STALE = 'DJI data ends 2025-11-07, 95 calendar days before --as-of 2026-02-10; its figures are as of 2025-11-07';

describe('--as-of past the end of the data', () => {
  it('distance warns in one line naming the last session and the days before --as-of', () => {
    const r = runCli(['distance', '50000', 'fixtures/dji.csv', '--as-of', '2026-02-10']);
    expect(r.code).toBe(0);
    // One line for the file: the stale data first, then what its rows have (weekend rows, flat rows).
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`milestones: warning: fixtures/dji.csv: ${STALE}`);
  });

  it('compute carries the requested date beside the date used, in JSON and NDJSON', () => {
    for (const format of ['json', 'ndjson']) {
      const r = runCli(['compute', 'fixtures/dji.csv', '--as-of', '2026-02-10', '--format', format]);
      expect(r.code).toBe(0);
      const index = format === 'json' ? JSON.parse(r.stdout).indexes[0] : JSON.parse(r.stdout.split('\n')[0]);
      expect([index.asOf, index.asOfRequested]).toEqual(['2025-11-07', '2026-02-10']);
    }
    const r = runCli(['compute', 'fixtures/dji.csv', '--format', 'json']);
    expect(JSON.parse(r.stdout).indexes[0].asOfRequested, 'no --as-of: nothing asked').toBeNull();
  });

  it('every reading command gives the same warning', () => {
    for (const args of [
      ['compute', 'fixtures/dji.csv'],
      ['compare', 'fixtures/dji.csv'],
      ['drawdowns', 'fixtures/dji.csv'],
      ['chart', 'fixtures/dji.csv', '--width', '60', '--height', '12'],
      ['check', 'fixtures/dji.csv', '--above', '40000', '--allow-stale', '--verbose'],
    ]) {
      const r = runCli([...args, '--as-of', '2026-02-10']);
      expect(r.stderr, args.join(' ')).toContain(STALE);
    }
  });

  it('check refuses to answer from data ending more than 7 calendar days before --as-of', () => {
    // 2025-11-07 to 2026-01-28: 23 + 31 + 28 = 82 days.
    const r = runCli(['check', 'fixtures/dji.csv', '--as-of', '2026-01-28', '--above', '40000']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'milestones: fixtures/dji.csv: DJI data ends 2025-11-07, 82 calendar days before --as-of 2026-01-28; its figures are as of 2025-11-07: too old to answer for that date (--allow-stale answers from it)\n',
    );
    expect(runCli(['check', 'fixtures/dji.csv', '--as-of', '2026-01-28', '--above', '40000', '--allow-stale']).code, 'closed 46,987.10 > 40,000').toBe(0);
    // 2025-11-07 to 2025-11-14: 7 days, within the week allowed.
    expect(runCli(['check', 'fixtures/dji.csv', '--as-of', '2025-11-14', '--above', '40000']).code).toBe(0);
  });

  it('without --as-of, warns of an index whose data end before the others', () => {
    // spx, ixic and rut end 2026-08-21. 2025-11-07 to 2026-11-07 is 365 days, and 2026-08-21 is 78
    // days before 2026-11-07 (10 in August, 30 in September, 31 in October, 7 in November): 287.
    const stale = 'DJI data ends 2025-11-07, 287 calendar days before the latest session in the run, 2026-08-21; its figures are as of 2025-11-07';
    const files = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv'];
    const r = runCli(['compare', ...files, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings.filter((w: { kind: string }) => w.kind === 'staleData')).toEqual([
      { kind: 'staleData', source: 'fixtures/dji.csv', line: null, count: 1, rows: [], message: stale },
    ]);
    expect(r.stderr).toContain(`milestones: warning: fixtures/dji.csv: ${stale}`);
    expect(runCli(['compute', 'fixtures/spx.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv', '--format', 'json']).stderr, 'all end together').not.toContain('data ends');
    expect(runCli(['compute', 'fixtures/dji.csv']).stderr, 'one index: no clock is read').not.toContain('data ends');
  });

  it('without --as-of, check refuses to answer from an index more than 7 days behind the others', () => {
    const r = runCli(['check', 'fixtures/spx.csv', 'fixtures/dji.csv', '--above', '5000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'milestones: fixtures/dji.csv: DJI data ends 2025-11-07, 287 calendar days before the latest session in the run, 2026-08-21; its figures are as of 2025-11-07: too old to answer for that date (--allow-stale answers from it)\n',
    );
    expect(runCli(['check', 'fixtures/spx.csv', 'fixtures/dji.csv', '--above', '5000', '--allow-stale']).code, 'both closed above 5,000').toBe(0);
  });

  it('--as-of before the first row is an error naming the first row', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', '--as-of', '1920-01-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: fixtures/spx.csv: SPX has no session on or before --as-of 1920-01-01: its first is 1927-12-30\n');
  });
});

describe('next milestone', () => {
  it('is the lowest level never closed above: the Dow, back below 47,000, still has 48,000 to go', () => {
    // dji.csv: first close above 47,000 on 2025-10-24; last close 46,987.10 on 2025-11-07; never closed above 48,000.
    const doc = JSON.parse(runCli(['compute', 'fixtures/dji.csv', '--format', 'json']).stdout);
    const dji = doc.indexes[0];
    expect(dji.nextMilestone.level).toBe(48000);
    expect(dji.nextMilestone.points, '46,987.10 − 48,000').toBe(-1012.9);
    expect(dji.nearestLevelAbove.level).toBe(47000);
    expect(dji.nearestLevelAbove.points, '46,987.10 − 47,000').toBe(-12.9);
    expect(dji.milestones.find((m: { level: number }) => m.level === 47000).firstCloseDate).toBe('2025-10-24');
  });
});

describe('levels on a decimal grid', () => {
  it('--step 0.1 makes the level 22.2, found by the exact 22.20 close of 1990-01-09', () => {
    const r = runCli(['compute', 'fixtures/vix.csv', '--as-of', '1990-03-30', '--step', '0.1', '--at-or-above', '--format', 'csv']);
    expect(r.stdout.split('\n')).toContain('VIX,22.2,confirmed,1990-01-09,22.2,1990-01-09,22.2,0,0,0');
  });

  it('--step 0.3 puts 18.6 on the grid: 18.60 is not above it, 18.70 on 2024-01-04 is', () => {
    const csv = 'date,high,close\n2024-01-02,18.0,18.0\n2024-01-03,18.6,18.6\n2024-01-04,18.7,18.7\n';
    const r = runCli(['compute', '-', '--symbol', 'X', '--step', '0.3', '--format', 'csv'], { input: csv });
    expect(r.stdout.split('\n')).toContain('X,18.6,confirmed,2024-01-04,18.7,2024-01-04,18.7,1,1,0');
  });
});
