import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denoiseFloat32, keepsDecimal } from '../../src/ingest/parsePrice.js';

describe('denoiseFloat32', () => {
  it.each([
    // The float32 nearest 6,896.24, printed in full (fixtures/SOURCES.md's example).
    [6896.240234375, 6896.24],
    [17.65999984741211, 17.66],
    // Printed to 16–17 digits, one ulp or so off the float32 itself (spx.csv 1929-09-16, ixic.csv).
    [31.86000061035156, 31.86],
    [108.37000274658205, 108.37],
    [1005.8900146484376, 1005.89],
  ])('returns the short decimal behind the float32 expansion %d', (noisy, clean) => {
    expect(denoiseFloat32(noisy)).toBe(clean);
  });

  it.each([6978.03, 7000.0000123, 1234.56789012345, 7000, 0.5, 100.25])('returns %d unchanged', (value) => {
    expect(denoiseFloat32(value)).toBe(value);
  });
});

describe('keepsDecimal', () => {
  it('is true only for decimals denoiseFloat32 returns unchanged', () => {
    // Dyadic decimals (.25, .5, .75) are float32s: the cases where a shorter decimal could share one.
    const near = (x: number) => [x - 0.25, x - 0.01, x, x + 0.25, x + 0.5, x + 0.75];
    const cases = [fc.integer({ min: 0, max: 13107199 }), fc.constantFrom(...[131071, 131072, 1048576, 2097152].flatMap(near).map((x) => Math.round(x * 100)))];
    fc.assert(
      fc.property(fc.oneof(...cases), fc.constantFrom(0, 1, 2), (cents, places) => {
        const mantissa = places === 2 ? cents : places === 1 ? Math.floor(cents / 10) : Math.floor(cents / 100);
        const value = mantissa / [1, 10, 100][places];
        if (keepsDecimal(mantissa, places)) expect(denoiseFloat32(value)).toBe(value);
      }),
      { numRuns: 20000 },
    );
  });

  it('is false above its bound, where a shorter decimal can share the float32', () => {
    expect(denoiseFloat32(2097152.25), 'a float32 that 2,097,152.3 also rounds to').toBe(2097152.3);
    expect(keepsDecimal(209715225, 2)).toBe(false);
    expect(keepsDecimal(13107199, 2)).toBe(true);
  });
});
