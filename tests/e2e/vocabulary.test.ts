import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/runCli.js';

// Issue 16 items 5 and 7: one vocabulary across commands (option names, JSON keys, signs), and
// standard input read without `-` by every command that reads prices.
const optionsOf = (command: string): string[] => [...runCli([command, '--help']).stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);

describe('one vocabulary', () => {
  const READERS = ['compute', 'compare', 'distance', 'check', 'drawdowns', 'chart', 'quality'];
  it.each(READERS)('%s takes --sample and --symbol', (command) => {
    expect(optionsOf(command)).toEqual(expect.arrayContaining(['--sample', '--symbol', '--strict', '--quiet']));
  });

  it.each(READERS.filter((c) => c !== 'quality'))('%s takes --as-of', (command) => {
    expect(optionsOf(command)).toContain('--as-of');
  });

  it.each(['compute', 'compare', 'distance', 'drawdowns', 'quality'])('%s takes --format and --wide', (command) => {
    expect(optionsOf(command)).toEqual(expect.arrayContaining(['--format', '--wide']));
  });

  it.each(['compute', 'compare', 'distance', 'check'])('%s takes --target and --watch', (command) => {
    expect(optionsOf(command)).toEqual(expect.arrayContaining(['--target', '--watch']));
  });

  it('dates every index by asOf, and signs every distance close − level (negative below)', () => {
    // fixtures/spx.csv: 6,978.03 on 2026-01-28; 6,978.03 − 7,000 = −21.97, (6,978.03 / 7,000 − 1) × 100 = −0.3139.
    const args = ['fixtures/spx.csv', '--as-of', '2026-01-28'];
    const compute = runJson(['compute', ...args, '--target', '7000']).indexes[0];
    const compare = runJson(['compare', ...args, '--target', '7000']).indexes[0];
    const distance = runJson(['distance', '7000', ...args]).indexes[0];
    expect([compute.asOf, compare.asOf, distance.asOf]).toEqual(['2026-01-28', '2026-01-28', '2026-01-28']);
    expect([compute.nextMilestone.points, compute.target.points, compare.nextMilestonePoints, compare.targetPoints, distance.points]).toEqual([
      -21.97, -21.97, -21.97, -21.97, -21.97,
    ]);
    expect([compute.nextMilestone.pct, compare.nextMilestonePct, compare.targetPct, distance.pct]).toEqual([-0.3139, -0.3139, -0.3139, -0.3139]);
    // And in words: the table's summary, signed the same way.
    expect(runCli(['compute', ...args, '-q']).stdout).toContain('Next milestone  7,000: close is -21.97 points (-0.31%) from it; needs +0.31%');
  });
});

describe('standard input without -', () => {
  const spx = readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8');
  it.each([
    [['compute', '--levels', '6000', '--format', 'csv'], 0],
    [['compare', '--format', 'csv'], 0],
    [['distance', '7000', '--format', 'value'], 0],
    [['check', '--closed-above', '7000'], 0],
    [['drawdowns', '--min', '40', '--format', 'csv'], 0],
    [['chart', '--from', '2026-01-01'], 0],
    [['quality', '--from', '2026-01-01', '--format', 'csv'], 0],
  ])('%j reads a pipe when no FILE is given', (args, code) => {
    const r = runCli([...args, '-q'], { input: spx });
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toBe('');
    if (args[0] !== 'check') expect(r.stdout.length).toBeGreaterThan(0);
  });
});
