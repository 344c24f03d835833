import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/runCli.js';

// Issue 16 item 2: per-index targets (--target SYMBOL=LEVEL) on compute, compare, distance and
// check, a watch list file (--watch), and symbols an option names that the input does not have.
// Closes on 2026-01-28: S&P 500 6,978.03, Nasdaq 23,857.45 (fixtures/spx.csv, ixic.csv); the Dow file
// ends 2025-11-07 at 46,987.10 (fixtures/dji.csv). Points are close − level: negative below.
const ASOF = ['--as-of', '2026-01-28'];
const FILES = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv'];
const DESK_TARGETS = ['--target', 'SPX=7000', '--target', 'DJI=50,000', '--target', 'IXIC=25000'];
const expected = {
  SPX: { target: 7000, targetPoints: -21.97, targetPct: Number(((6978.03 / 7000 - 1) * 100).toFixed(4)) },
  DJI: { target: 50000, targetPoints: -3012.9, targetPct: Number(((46987.1 / 50000 - 1) * 100).toFixed(4)) },
  IXIC: { target: 25000, targetPoints: -1142.55, targetPct: Number(((23857.45 / 25000 - 1) * 100).toFixed(4)) },
};

const dir = mkdtempSync(join(tmpdir(), 'milestones-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A watch list in a directory of its own, its files relative to it (the fixtures, by `../`). */
function watchFile(doc: unknown): string {
  const path = join(dir, `desk-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return path;
}
/** A fixture's name relative to the watch lists' directory. */
const fromDir = (file: string) => relative(dir, join(ROOT, file));

describe('--target SYMBOL=LEVEL', () => {
  it('measures each index against its own level in compare', () => {
    const doc = runJson(['compare', ...FILES, 'fixtures/rut.csv', ...ASOF, ...DESK_TARGETS, '-q']);
    for (const [symbol, want] of Object.entries(expected)) {
      expect(doc.indexes.find((r: { symbol: string }) => r.symbol === symbol), symbol).toMatchObject(want);
    }
    expect(doc.indexes.find((r: { symbol: string }) => r.symbol === 'RUT').target, 'not named: no target').toBeNull();
  });

  it('prints one narrow table with the targets in place of the next milestones', () => {
    const r = runCli(['compare', ...FILES, ...ASOF, ...DESK_TARGETS, '-q']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('As of 2026-01-28; Dow Jones 2025-11-07');
    expect(lines[2]).toMatch(/│ Target │/);
    expect(lines.find((l) => l.startsWith('│ S&P 500'))).toMatch(/│\s+6,978\.03 │.*│\s+7,000 │\s+-21\.97 │\s+-0\.31% │/);
    expect(lines.find((l) => l.startsWith('│ Dow Jones'))).toMatch(/│ 46,987\.10 │.*│ 50,000 │ -3,012\.90 │\s+-6\.03% │/);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('gives compute one target per index, the default to the others', () => {
    const doc = runJson(['compute', 'fixtures/spx.csv', 'fixtures/ixic.csv', ...ASOF, '--target', '25000', '--target', 'SPX=7000']);
    expect(doc.indexes.map((i: { target: { level: number } }) => i.target.level)).toEqual([7000, 25000]);
    expect(doc.indexes[0].target.points).toBe(-21.97);
  });

  it('takes TARGET as levels by symbol in distance, or --target', () => {
    for (const args of [['distance', 'SPX=7000,DJI=50,000', 'fixtures/spx.csv', 'fixtures/dji.csv'], ['distance', 'fixtures/spx.csv', 'fixtures/dji.csv', '--target', 'SPX=7000', '--target', 'DJI=50000']]) {
      const doc = runJson([...args, ...ASOF, '-q']);
      expect(doc.target, 'no level for every index').toBeNull();
      expect(doc.indexes.map((r: { level: number; points: number }) => [r.level, r.points])).toEqual([
        [7000, -21.97],
        [50000, -3012.9],
      ]);
    }
    const missing = runCli(['distance', 'SPX=7000', 'fixtures/spx.csv', 'fixtures/dji.csv', '-q']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('milestones: no level for DJI: give one for every index (7000) or DJI=LEVEL\n');
  });

  it('gives check each index its own level, from the flag or from --target', () => {
    // By 2026-01-28 the S&P 500 had touched 7,000 (7,002.28 that day); the Nasdaq's record high was
    // 24,019.99 (2025-10-29): above 23,000, never 25,000.
    const touched = (args: string[]) => runCli(['check', 'fixtures/spx.csv', 'fixtures/ixic.csv', ...ASOF, ...args]).code;
    expect(touched(['--touched', 'SPX=7000,IXIC=23000'])).toBe(0);
    expect(touched(['--touched', 'SPX=7000,IXIC=25000'])).toBe(1);
    expect(touched(['--touched', '--target', 'SPX=7000', '--target', 'IXIC=23000'])).toBe(0);
    const none = runCli(['check', 'fixtures/spx.csv', '--touched']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('milestones: --touched needs a LEVEL (7000, SPX=7000), or --target / --watch to give one\n');
  });

  it('matches a symbol by the registry: SPX= names a file whose symbol is ^GSPC', () => {
    const csv = 'symbol,date,close\n^GSPC,2026-01-27,6978.60\n^GSPC,2026-01-28,6978.03\n';
    const doc = runCli(['compute', '-', '--target', 'SPX=7000', '--format', 'json'], { input: csv });
    expect(doc.code).toBe(0);
    expect(JSON.parse(doc.stdout).indexes[0].target.points).toBe(-21.97);
  });
});

describe('a symbol the input does not have', () => {
  it.each([
    [['compute', ...FILES, '--target', 'XYZ=5'], '--target XYZ'],
    [['compare', ...FILES, '--target', 'XYZ=5'], '--target XYZ'],
    [['compare', ...FILES, '--step', 'XYZ=5'], '--step XYZ'],
    [['distance', 'XYZ=5', ...FILES], '--target XYZ'],
    [['check', ...FILES, '--above', 'XYZ=5'], '--target XYZ'],
  ])('is a usage error naming the indexes present: %j', (args, option) => {
    const r = runCli([...args, '-q']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`milestones: ${option}=…: the input has no index XYZ (it has SPX, DJI, IXIC)\n`);
  });
});

describe('--watch FILE', () => {
  const desk = () => watchFile({ files: FILES.map(fromDir), target: { SPX: 7000, DJI: '50,000', IXIC: 25000 } });

  it('answers "S&P 500 to 7,000, Dow to 50,000, Nasdaq to 25,000" as the options do', () => {
    const fromFile = runCli(['compare', '--watch', desk(), ...ASOF, '-q']);
    const fromOptions = runCli(['compare', ...FILES, ...ASOF, ...DESK_TARGETS, '-q']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(fromOptions.stdout);
  });

  it('reads its files relative to itself; files and levels on the command line come on top', () => {
    // runCli runs in the project root: `fromDir` names are right only relative to the list's directory.
    const path = watchFile({ files: [fromDir('fixtures/spx.csv')], target: { SPX: 7000 }, step: 500 });
    const doc = runJson(['compare', '--watch', path, ...ASOF, '--target', 'SPX=6900']);
    expect(doc.indexes).toHaveLength(1);
    // 6,978.03 − 6,900 = 78.03; with 500-point steps the next milestone is still 7,000.
    expect(doc.indexes[0]).toMatchObject({ symbol: 'SPX', target: 6900, targetPoints: 78.03, nextMilestone: 7000, lastMilestone: 6500 });
    const other = runJson(['compare', '--watch', path, 'fixtures/ixic.csv', ...ASOF, '--target', 'IXIC=24000']);
    expect(other.indexes.map((r: { symbol: string; target: number }) => [r.symbol, r.target])).toEqual([['IXIC', 24000]]);
  });

  it("names a symbol of the list that the list's own files do not have", () => {
    const path = watchFile({ files: [fromDir('fixtures/spx.csv')], target: { SPX: 7000, XYZ: 5 } });
    const r = runCli(['compare', '--watch', path, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milestones: --target XYZ=…: the input has no index XYZ (it has SPX)\n');
  });

  it('works for distance and check too', () => {
    const path = desk();
    const d = runJson(['distance', '--watch', path, ...ASOF, '-q']);
    expect(d.indexes.map((r: { symbol: string; points: number }) => [r.symbol, r.points])).toEqual([
      ['SPX', -21.97],
      ['DJI', -3012.9],
      ['IXIC', -1142.55],
    ]);
    // On the whole files: the S&P 500 first closed above 7,000 on 2026-04-15, the Dow never above 50,000.
    // The bundled Dow ends months before the others: check answers from it only with --allow-stale.
    expect(runCli(['check', '--watch', path, '--closed-above', '-q']).code).toBe(3);
    expect(runCli(['check', '--watch', path, '--closed-above', '-q', '--allow-stale']).code).toBe(1);
    expect(runCli(['check', '--watch', path, '--closed-above', 'DJI=40000', '-q', '--allow-stale']).code).toBe(0);
  });

  it.each([
    ['{"files": ["a.csv"], "targets": {"SPX": 7000}}', 'unknown key "targets" (expected "files", "target", "step")'],
    ['{"target": {"SPX": "seven"}}', '"target": expected a positive number, got "seven"'],
    ['{"files": "spx.csv"}', '"files" must be a list of file names'],
    ['[1, 2]', 'expected a JSON object with "files", "target" or "step"'],
  ])('rejects %s with one line naming the file', (text, message) => {
    const path = watchFile(text);
    const r = runCli(['compare', '--watch', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`milestones: --watch ${path}: ${message}\n`);
  });

  it('says so when the file is missing or not JSON', () => {
    const missing = runCli(['compare', '--watch', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`milestones: --watch ${join(dir, 'nope.json')}: no such file\n`);
    const bad = runCli(['compare', '--watch', watchFile('{"files": [')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^milestones: --watch .*: not JSON \(.*\)\n$/);
  });
});
