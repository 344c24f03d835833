import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// The in-process comparison with the clean files is tests/ingest/formats.test.ts; here the CLI itself
// reads every export format with no flags, and its warnings reach stderr and the JSON output.
describe('compute on every export format, no flags', () => {
  const files = readdirSync('fixtures/formats').filter((f) => /\.(csv|tsv)$/.test(f));

  it('finds a fixture for every format', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of files) {
    it(`exits 0 with milestones for ${file}`, () => {
      const r = runCli(['compute', `fixtures/formats/${file}`, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.indexes).toHaveLength(1);
      expect(doc.indexes[0].milestones.length).toBeGreaterThan(1);
      expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('milestones: warning: '))).toEqual([]);
      expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(doc.warnings.length);
    });
  }

  it('reports FRED holiday rows as one stderr line and one JSON warning', () => {
    const r = runCli(['compute', 'fixtures/formats/fred.csv', '--format', 'json']);
    expect(r.stderr).toBe('milestones: warning: fixtures/formats/fred.csv:12: 101 rows with no close (empty, ".", "null", …) skipped as not sessions, first on line 12\n');
    expect(JSON.parse(r.stdout).warnings).toMatchObject([
      { kind: 'missingClose', source: 'fixtures/formats/fred.csv', line: 12, count: 101, message: '101 rows with no close (empty, ".", "null", …) skipped as not sessions, first on line 12' },
    ]);
  });

  it('names the milestone touches that rest on flat rows (dji.csv, 100-point steps)', () => {
    // dji.csv is open = high = low = close until 1928-09-29 (fixtures/SOURCES.md); the Dow first
    // traded above 100 and 200 in that stretch, so those "touches" are closes.
    const r = runCli(['compute', 'fixtures/dji.csv', '--step', '100', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const touch100 = doc.indexes[0].milestones.find((m: { level: number }) => m.level === 100).firstTouchDate;
    const touch200 = doc.indexes[0].milestones.find((m: { level: number }) => m.level === 200).firstTouchDate;
    expect(touch100 < '1928-09-29' && touch200 < '1928-09-29').toBe(true);
    const flatFacts = doc.warnings.filter((w: { message: string }) => w.message.includes('rest on rows with no intraday range'));
    expect(flatFacts.map((w: { message: string }) => w.message)).toEqual([
      `DJI: first touch of 100 (${touch100}), first touch of 200 (${touch200}) rest on rows with no intraday range (open = high = low = close), so they are closes, not intraday highs`,
    ]);
  });
});
