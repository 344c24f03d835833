import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nyseCalendar } from '../../src/calendar/nyse/nyseCalendar.js';

// The count over a range, by binary search, against the days of the range checked one by one.

const cal = nyseCalendar();
const dayArb = fc.integer({ min: cal.first, max: cal.last });

describe('NYSE session counts', () => {
  it('equal the sessions listed one by one', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 3000 }), (after, length) => {
        const upTo = Math.min(after + length, cal.last);
        let sessions = 0;
        for (let d = after + 1; d <= upTo; d++) if (cal.isSession(d)) sessions++;
        expect(cal.countSessions(after, upTo)).toBe(sessions);
        expect(cal.sessionsBetween(after, upTo)).toHaveLength(sessions);
      }),
      { numRuns: 300 },
    );
  });

  it('add up over adjacent ranges', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        expect(cal.countSessions(a, b) + cal.countSessions(b, c)).toBe(cal.countSessions(a, c));
      }),
    );
  });
});
