import { describe, expect, it } from 'vitest';
import { denoiseFloat32 } from '../../src/ingest/parsePrice.js';

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
