import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The same S&P 500 history three ways: as shipped (every row read from its bytes), newest-first (the
// file read again, its rows held and sorted) and with every date quoted (every row read by the
// careful parsers).
const [header, ...rows] = readFileSync('fixtures/spx.csv', 'utf8').trimEnd().split('\n');
const newestFirst = join(dir, 'spx.csv');
writeFileSync(newestFirst, [header, ...[...rows].reverse()].join('\n') + '\n');
const quotedDir = mkdtempSync(join(dir, 'q'));
const quoted = join(quotedDir, 'spx.csv');
writeFileSync(quoted, [header, ...rows.map((r) => r.replace(/^([^,]+)/, '"$1"'))].join('\n') + '\n');

describe('compute from rows read from their bytes, held and sorted, or read by the careful parsers', () => {
  for (const format of ['table', 'json', 'csv']) {
    it(`prints the same ${format} output for a plain, a newest-first and a quoted file`, () => {
      const args = ['--as-of', '2026-01-28', '--target', '7000', '--format', format, '--wide']; // --wide: titles on one line whatever the path
      const plain = runCli(['compute', 'fixtures/spx.csv', ...args]);
      const reversed = runCli(['compute', newestFirst, ...args]);
      const careful = runCli(['compute', quoted, ...args]);
      expect(plain.code).toBe(0);
      const strip = (s: string, path: string) => s.split(path).join('SRC');
      // Same rows on the same lines: the same data-quality warnings (the flat rows of 1927–1961).
      expect(plain.stderr).toMatch(/8,547 rows with no intraday range/);
      expect(strip(careful.stderr, quoted)).toBe(strip(plain.stderr, 'fixtures/spx.csv'));
      // Reversed rows sit on other lines, so only the JSON warnings' line numbers may differ.
      const facts = (out: string, path: string): string =>
        format === 'json' ? JSON.stringify(JSON.parse(strip(out, path)).indexes) : strip(out, path);
      expect(facts(reversed.stdout, newestFirst)).toBe(facts(plain.stdout, 'fixtures/spx.csv'));
      expect(strip(careful.stdout, quoted)).toBe(strip(plain.stdout, 'fixtures/spx.csv'));
    });
  }

  it('gives the published 5,000 → 6,000 gap from the newest-first file', () => {
    const r = runCli(['compute', newestFirst, '--levels', '5000,6000', '--format', 'csv']);
    expect(r.stdout.split('\n')[2]).toMatch(/^SPX,6000,confirmed,.*,2024-11-11,6001.35,190,/);
  });
});

describe('errors and warnings from a plain file', () => {
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('names the file, line and value of a bad price, exit 3', () => {
    const path = file('bad.csv', 'date,close\n2024-01-02,100\n2024-01-03,abc\n');
    const r = runCli(['compute', path]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`milestones: ${path}:3: close "abc" is not a number\n`);
  });

  it('names both lines of a conflicting duplicate date, after reading the whole file', () => {
    const path = file('dup.csv', 'date,symbol,close\n2024-01-02,A,100\n2024-01-02,A,101\n2024-01-03,B,x\n');
    expect(runCli(['compute', path]).stderr, 'a bad row anywhere wins over a conflicting repeat').toBe(`milestones: ${path}:4: close "x" is not a number\n`);
    const ok = file('dup2.csv', 'date,symbol,close\n2024-01-02,A,100\n2024-01-02,A,101\n2024-01-03,B,5\n');
    const r = runCli(['compute', ok]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`milestones: ${ok}:3: A date 2024-01-02 also on line 2 with different values\n`);
  });

  it('drops an identical repeat with a warning and counts rows without a close', () => {
    const path = file('warn.csv', 'date,close\n2024-01-02,100\n2024-01-02,100\n2024-01-03,null\n2024-01-04,250\n');
    const r = runCli(['compute', path, '--step', '100', '--format', 'csv', '--symbol', 'demo']);
    expect(r.code).toBe(0);
    // Two warnings about one file: one line, counted by kind (milestones quality lists the rows).
    expect(r.stderr).toBe(
      `milestones: warning: ${path}: rows with no close skipped: 1; repeated rows dropped (same date and prices): 1 (milestones quality ${path} lists them)\n`,
    );
    expect(r.stdout.split('\n').slice(1, 3)).toEqual(['DEMO,200,confirmed,,,2024-01-04,250,,,', '']);
  });
});
