import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The same S&P 500 history three ways: as shipped (plain: the byte scanner), newest-first (the
// scanner switches the index to sorting), and with every date quoted (the general path, csv-parse).
const [header, ...rows] = readFileSync('fixtures/spx.csv', 'utf8').trimEnd().split('\n');
const newestFirst = join(dir, 'spx.csv');
writeFileSync(newestFirst, [header, ...rows.reverse()].join('\n') + '\n');
const quotedDir = mkdtempSync(join(dir, 'q'));
const quoted = join(quotedDir, 'spx.csv');
writeFileSync(quoted, [header, ...rows.map((r) => r.replace(/^([^,]+)/, '"$1"'))].join('\n') + '\n');

describe('compute through the byte scanner and through the general path', () => {
  for (const format of ['table', 'json', 'csv']) {
    it(`prints the same ${format} output for a plain, a newest-first and a quoted file`, () => {
      const args = ['--as-of', '2026-01-28', '--target', '7000', '--format', format];
      const plain = runCli(['compute', 'fixtures/spx.csv', ...args]);
      const reversed = runCli(['compute', newestFirst, ...args]);
      const general = runCli(['compute', quoted, ...args]);
      expect(plain.code).toBe(0);
      expect(plain.stderr).toBe('');
      const strip = (s: string, path: string) => s.split(path).join('SRC');
      expect(strip(reversed.stdout, newestFirst)).toBe(strip(plain.stdout, 'fixtures/spx.csv'));
      expect(strip(general.stdout, quoted)).toBe(strip(plain.stdout, 'fixtures/spx.csv'));
    });
  }

  it('gives the published 5,000 → 6,000 gap from the newest-first file', () => {
    const r = runCli(['compute', newestFirst, '--levels', '5000,6000', '--format', 'csv']);
    expect(r.stdout.split('\n')[2]).toMatch(/^SPX,6000,confirmed,.*,2024-11-11,6001.35,190,/);
  });
});
