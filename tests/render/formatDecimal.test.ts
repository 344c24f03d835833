import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/formatDecimal.js';

/** The formatter `formatDecimal` stands in for. */
function intl(value: number, minPlaces: number, maxPlaces: number): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: minPlaces, maximumFractionDigits: maxPlaces }).format(value);
}

const PLACES: readonly (readonly [number, number])[] = [
  [2, 2],
  [0, 6],
  [0, 0],
  [0, 3],
];

/** Decimals with few places, where halfway cases (`1.005`, `0.125`) are common. */
const shortDecimal = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 7 }))
  .map(([units, places]) => units / 10 ** places);

describe('formatDecimal', () => {
  it.each([
    [6978.03, 2, 2, '6,978.03'],
    [1234.5, 2, 2, '1,234.50'],
    [7000, 0, 6, '7,000'],
    [2.5, 0, 6, '2.5'],
    [4168, 0, 0, '4,168'],
    // The double nearest 1.005 is a hair below it; ICU, like a reader, rounds the decimal 1.005.
    [1.005, 2, 2, '1.01'],
    [0.125, 2, 2, '0.13'],
    [999.995, 2, 2, '1,000.00'],
    [2.5, 0, 0, '3'],
    [-2.5, 0, 0, '-3'],
    [-0.001, 2, 2, '-0.00'],
    [-0, 0, 0, '-0'],
    [123456789.125, 0, 3, '123,456,789.125'],
  ])('writes %d with %d to %d places as %s', (value, min, max, text) => {
    expect(formatDecimal(value, min, max)).toBe(text);
  });

  it.each([Number.NaN, Infinity, -Infinity, 1e21, 1.5e-7, 5e-7, 1e300])('writes %d as Intl does', (value) => {
    for (const [min, max] of PLACES) expect(formatDecimal(value, min, max)).toBe(intl(value, min, max));
  });

  it('writes any double as Intl.NumberFormat does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), shortDecimal), fc.constantFrom(...PLACES), (value, [min, max]) => {
        expect(formatDecimal(value, min, max)).toBe(intl(value, min, max));
      }),
      { numRuns: 20_000 },
    );
  });
});
