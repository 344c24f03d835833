import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const spx = readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8');

describe('issue 16: small things a desk trips over', () => {
  it('`cat spx.csv | milestones compute` reads standard input without `-`', () => {
    // fixtures/spx.csv: the first close above 6,000 is 6,001.35 on 2024-11-11 (the published date).
    const r = runCli(['compute', '--levels', '6000', '--format', 'csv', '-q'], { input: spx });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('STDIN,6000,confirmed,2024-11-08,6012.45,2024-11-11,6001.35,,,1');
  });

  it('a symbol in --step SYMBOL=STEP that the input does not have is a usage error naming those it has', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', 'fixtures/dji.csv', '--step', 'XYZ=500']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('milestones: --step XYZ=…: the input has no index XYZ (it has SPX, DJI)\n');
    expect(runCli(['compute', 'fixtures/spx.csv', 'fixtures/dji.csv', '--step', 'DJI=5000', '--format', 'csv', '-q']).code).toBe(0);
  });

  it('--format value names each index when there are several', () => {
    // (6978.03 / 7000 − 1) × 100 = −0.3139 on 2026-01-28; the Dow file ends 2025-11-07 at 46,987.10: (46987.1 / 7000 − 1) × 100 = 571.2443.
    const one = runCli(['distance', '7000', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--format', 'value']);
    expect(one.stdout).toBe('-0.3139\n');
    const two = runCli(['distance', '7000', 'fixtures/spx.csv', 'fixtures/dji.csv', '--format', 'value', '-q']);
    expect(two.stdout.split('\n')[1]).toBe('DJI\t571.2443');
  });
});
