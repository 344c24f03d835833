import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QualityChecker } from '../../src/ingest/QualityChecker.js';

// Mostly ordinary rows, with flat rows in stretches, bad ranges, out-of-line closes and weekend days.
const row = fc.record({
  kind: fc.constantFrom('ok', 'ok', 'flat', 'flat', 'flat', 'badRange', 'spike'),
  close: fc.integer({ min: 90, max: 110 }),
  gap: fc.constantFrom(1, 1, 1, 2, 3),
});

describe('QualityChecker.absorb', () => {
  it('gives the warnings of one checker over every row, however the rows are split', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 5 }), (rows, cutsAt) => {
        let day = 20000; // a Wednesday; some gaps land on weekends
        const sessions = rows.map((r, i) => {
          day += r.gap;
          const close = r.kind === 'spike' ? r.close * 2 : r.close;
          const [open, high, low] = r.kind === 'flat' ? [close, close, close] : r.kind === 'badRange' ? [close, close - 1, close - 2] : [close, close + 1, close - 1];
          return { day, open, high, low, close, line: i + 2 };
        });
        const whole = new QualityChecker('f.csv');
        for (const s of sessions) whole.push(s.day, s.open, s.high, s.low, s.close, s.line);
        const cuts = [...new Set([0, ...cutsAt.map((c) => Math.min(c, sessions.length)), sessions.length])].sort((a, b) => a - b);
        const parts = new QualityChecker('f.csv');
        for (const s of sessions.slice(cuts[0], cuts[1])) parts.push(s.day, s.open, s.high, s.low, s.close, s.line);
        for (let k = 1; k + 1 < cuts.length; k++) {
          // A stretch's checker counts lines from its own start: line 2 + cuts[k] is its line 1.
          const apart = new QualityChecker('f.csv');
          for (const s of sessions.slice(cuts[k], cuts[k + 1])) apart.push(s.day, s.open, s.high, s.low, s.close, s.line - 1 - cuts[k]);
          parts.absorb(structuredClone(apart.state()), 1 + cuts[k]);
        }
        expect(parts.finish()).toEqual(whole.finish());
      }),
      { numRuns: 1000 },
    );
  });
});
