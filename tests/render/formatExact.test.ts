import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExact } from '../../src/render/formatExact.js';

describe.each([['formatExact', formatExact]])('%s', (_, format) => {
  it('is String(value) for prices in cents', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
      expect(format(cents / 100)).toBe(String(cents / 100));
    }), { numRuns: 20000 });
  });

  it('is String(value) for integers of any size', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -3e9, max: 3e9 })), (n) => {
      expect(format(n)).toBe(String(n));
    }), { numRuns: 5000 });
  });

  it('is String(value) for any double', () => {
    fc.assert(fc.property(fc.double(), (value) => {
      expect(format(value)).toBe(String(value));
    }), { numRuns: 20000 });
  });

  it('is String(value) around its limits and for values read from text', () => {
    const values = [
      0.01, -0.01, 0.005, 0.015, 0.1 + 0.2, 1.005, 1201.53, 1201.5, 1201.05, 17.65999984741211, 9999999999999.99, 1e13, 1e13 + 0.5, 0.07, -0,
      1e-7, 1e21, -0.0000010000529230637972, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, 21474836.47, 21474836.48,
      0, 1, -1, 9, 10, 99, 100, 999999999, 1e9, 1e10, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32,
      Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER, 9007199254740993, 1.5e300,
    ];
    for (const v of values) expect(format(v), String(v)).toBe(String(v));
    for (const text of ['1201.53', '0.05', '12.10', '100.01', '4503599627370.49', '7002.28', '23958.47']) expect(format(Number(text))).toBe(String(Number(text)));
  });
});
