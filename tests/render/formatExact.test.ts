import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExact } from '../../src/render/formatExact.js';

describe('formatExact', () => {
  it('is String(value) for prices in cents', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
      expect(formatExact(cents / 100)).toBe(String(cents / 100));
    }), { numRuns: 20000 });
  });

  it('is String(value) for any double', () => {
    fc.assert(fc.property(fc.double(), (value) => {
      expect(formatExact(value)).toBe(String(value));
    }), { numRuns: 20000 });
  });

  it('is String(value) around its limits and for values read from text', () => {
    const values = [0.01, -0.01, 0.005, 0.015, 0.1 + 0.2, 1.005, 1201.53, 1201.5, 17.65999984741211, 9999999999999.99, 1e13, 1e13 + 0.5, 0.07, -0, 1e-7, 1e21];
    for (const v of values) expect(formatExact(v)).toBe(String(v));
    for (const text of ['1201.53', '0.05', '12.10', '100.01', '4503599627370.49', '7002.28', '23958.47']) expect(formatExact(Number(text))).toBe(String(Number(text)));
  });
});
