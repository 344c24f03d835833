import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../helpers/parseCsvRecords.js';
import { runCli, runJson } from '../helpers/runCli.js';

const ALL = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv', 'fixtures/vix.csv'];

describe('compute --format ndjson', () => {
  it('prints one line per index, each equal to that index in the JSON document', () => {
    const args = ['compute', ...ALL, '--target', '7000'];
    const doc = runJson(args);
    const r = runCli([...args, '--format', 'ndjson']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(lines.map((l) => JSON.parse(l))).toEqual(doc.indexes);
  });
});

describe('compute --format csv', () => {
  it('parses back to the milestones of the JSON document, at full precision', () => {
    const args = ['compute', 'fixtures/spx.csv', 'fixtures/rut.csv', '--step', 'RUT=500', '--as-of', '2026-01-28'];
    const doc = runJson(args);
    const rows = parseCsvRecords(runCli([...args, '--format', 'csv']).stdout);
    const expected = doc.indexes.flatMap((i: { symbol: string; milestones: object[] }) => i.milestones.map((m) => ({ symbol: i.symbol, ...m })));
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r.symbol === 'SPX' && r.level === 2000)?.firstClose, 'float32-denoised, unrounded').toBe(2000.02);
  });

  it('prints the header even with no milestone rows', () => {
    const r = runCli(['compute', 'fixtures/vix.csv', '--format', 'csv']);
    expect(r.stdout).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n');
  });
});

describe('compute --format markdown', () => {
  it('prints a pipe table per index with the rounded published figures, and the summary as a list', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('**S&P 500 (SPX)**, 24,635 sessions, 1927-12-30 to 2026-01-28');
    expect(lines).toContain('| Level | First close | Close | Trading days | Calendar days | First touch | Touch to close | Status |');
    expect(lines).toContain('|---:|---|---:|---:|---:|---|---:|---|');
    expect(lines).toContain('| 2,000 | 2014-08-26 | 2,000.02 | 4,168 | 6,049 | 2014-08-25 | 1 | confirmed |');
    expect(lines).toContain('| 7,000 |  |  | 302* | 443* | 2026-01-28 |  | pending |');
    expect(lines).toContain('- **Record high**: 7,002.28 on 2026-01-28; close is -0.35% from it');
  });
});

describe('deterministic output', () => {
  const commands = [
    ['compute', ...ALL, '--target', '7000'],
    ['distance', '7000', ...ALL],
  ];
  for (const args of commands) {
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) {
      it(`prints byte-identical ${args[0]} --format ${format} on a repeat run`, () => {
        const first = runCli([...args, '--format', format]);
        expect(first.code).toBe(0);
        expect(first.stdout.length).toBeGreaterThan(0);
        expect(runCli([...args, '--format', format]).stdout).toBe(first.stdout);
      });
    }
  }
});

describe('--sample, --version and help', () => {
  it('reads the bundled S&P 500 history as fixtures/spx.csv', () => {
    expect(runCli(['compute', '--sample']).stdout).toBe(runCli(['compute', 'fixtures/spx.csv']).stdout);
  });

  it('prints the package version with --version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('ends each help with examples and the exit codes (a command with where to find them: tests/e2e/help.test.ts)', () => {
    for (const args of [['--help'], ['help', 'compute'], ['help', 'distance'], ['help', 'check'], ['distance', '--help']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/\nExamples:\n[\s\S]+\n\nExit codes:[^\n]*\n(  \d [^\n]+\n)*$/);
    }
  });
});

describe('prices below 1', () => {
  it('are written to three significant digits, not rounded to 0.01', () => {
    // Closes 0.0123, 0.0125, 0.0131, 0.0128: the last is 0.0003 below the record 0.0131, (0.0128 / 0.0131 − 1) × 100 = −2.29%.
    const dir = mkdtempSync(join(tmpdir(), 'milestones-small-'));
    const path = join(dir, 'small.csv');
    writeFileSync(path, 'date,close\n2024-01-02,0.0123\n2024-01-03,0.0125\n2024-01-04,0.0131\n2024-01-05,0.0128\n');
    const table = runCli(['compute', path, '--step', '0.01', '-q']).stdout;
    expect(table).toContain('Last close      0.0128 on 2024-01-05, -0.0003 (-2.29%)');
    expect(table).toContain('Record close    0.0131 on 2024-01-04; close is -2.29% from it');
    expect(runCli(['compute', path, '--step', '0.01', '--format', 'lede', '-q']).stdout).toMatch(/^SMALL closed at 0\.0128 on Jan\. 5, 2024, .* below its record close of 0\.0131 set on Jan\. 4, 2024\./);
  });
});
