import { describe, expect, it } from 'vitest';
import { toComputeOptions } from '../../src/cli/computeOptions.js';
import { collectStep, collectTarget, parseLevelList, parsePositive } from '../../src/cli/parsers.js';
import { UsageError } from '../../src/errors.js';

describe('collectStep', () => {
  it('returns a default step and per-symbol steps from repeated and comma-joined values', () => {
    const spec = collectStep('RUT=500', collectStep('1000,ixic=2000', undefined));
    expect(spec.defaultValue).toBe(1000);
    expect([...spec.bySymbol]).toEqual([
      ['IXIC', 2000],
      ['RUT', 500],
    ]);
  });

  it.each(['x', '0', '-5', 'RUT=', '=5', '1000,2000'])('rejects %j', (text) => {
    expect(() => collectStep(text, undefined)).toThrow();
  });
});

describe('collectTarget', () => {
  it('reads levels with thousands separators, for every index and by symbol', () => {
    expect(collectTarget('7,000', undefined)).toEqual({ defaultValue: 7000, bySymbol: new Map() });
    const spec = collectTarget('SPX=7,000,dji=50,000', undefined);
    expect([...spec.bySymbol]).toEqual([
      ['SPX', 7000],
      ['DJI', 50000],
    ]);
    expect(spec.defaultValue).toBeNull();
  });

  it('lets a later value replace an earlier one for the same symbol', () => {
    expect([...collectTarget('SPX=7500', collectTarget('SPX=7000,DJI=50000', undefined)).bySymbol]).toEqual([
      ['SPX', 7500],
      ['DJI', 50000],
    ]);
  });
});

describe('parsePositive and parseLevelList', () => {
  it.each([
    ['7000', 7000],
    ['7,000', 7000],
    ['2.5', 2.5],
    ['1e3', 1000],
  ])('parses %j as %d', (text, value) => {
    expect(parsePositive(text)).toBe(value);
  });

  it('sorts and de-duplicates a level list', () => {
    expect(parseLevelList('7000,5000,6000,5000')).toEqual([5000, 6000, 7000]);
  });
});

describe('toComputeOptions', () => {
  const base = { format: 'table' as const, color: true };

  it('returns the per-symbol step, else the default, else 1000', () => {
    const o = toComputeOptions({ ...base, step: collectStep('250,RUT=500', undefined) }, 2);
    expect(o.configFor('RUT').plan).toEqual({ kind: 'step', step: 500 });
    expect(o.configFor('SPX').plan).toEqual({ kind: 'step', step: 250 });
    expect(toComputeOptions(base, 1).configFor('SPX').plan).toEqual({ kind: 'step', step: 1000 });
  });

  it('returns an explicit level list for every symbol', () => {
    const o = toComputeOptions({ ...base, levels: [5000, 6000] }, 1);
    expect(o.configFor('ANY').plan).toEqual({ kind: 'list', levels: [5000, 6000] });
  });

  it.each([
    [{ levels: [1], step: collectStep('2', undefined) }, 1, /either --levels or --step/],
    [{ symbol: 'X' }, 2, /single file/],
    [{ symbol: ' ' }, 1, /non-empty/],
  ])('rejects %j with %d files', (raw, files, message) => {
    expect(() => toComputeOptions({ ...base, ...raw }, files)).toThrow(UsageError);
    expect(() => toComputeOptions({ ...base, ...raw }, files)).toThrow(message);
  });
});
