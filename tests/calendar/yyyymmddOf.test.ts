import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, yyyymmddOf } from '../../src/calendar/dayNumber.js';

describe('yyyymmddOf', () => {
  it('gives the date as yyyymmdd for dates of the years 0000 to 9999, in and outside its cache', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const n = toDayNumber(year, month, day);
        // Twice: once made, once from the cache.
        expect([yyyymmddOf(n), yyyymmddOf(n)]).toEqual([year * 10000 + month * 100 + day, year * 10000 + month * 100 + day]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives known dates and month ends', () => {
    expect(yyyymmddOf(0)).toBe(19700101);
    expect(yyyymmddOf(toDayNumber(2024, 2, 29))).toBe(20240229);
    expect(yyyymmddOf(toDayNumber(1900, 1, 1))).toBe(19000101);
    expect(yyyymmddOf(toDayNumber(2150, 1, 1) - 1)).toBe(21491231);
    expect(yyyymmddOf(toDayNumber(2150, 1, 1))).toBe(21500101);
  });

  it('gives -1 outside the years 0000 to 9999', () => {
    expect(yyyymmddOf(toDayNumber(0, 1, 1) - 1)).toBe(-1);
    expect(yyyymmddOf(toDayNumber(10000, 1, 1))).toBe(-1);
  });
});
