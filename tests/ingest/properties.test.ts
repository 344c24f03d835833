import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { InputError } from '../../src/errors.js';
import { readSeries } from '../helpers/readSeries.js';
import { DATE_ORDER, DIALECTS, type Session, writeHistory } from '../helpers/writeHistory.js';

/** Reads text; returns the result or the InputError. Any other exception fails the property. */
function attempt(text: string, options = {}) {
  try {
    return readSeries(text, 'p.csv', { symbol: 'P', ...options });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

const CSVISH = [...'0123456789-/.,;\t"\n\r $:T nulDateClosHighLwAdj*\ufeff'];

describe('readPriceCsv properties', () => {
  it('returns a result or an InputError for any bytes, never another exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        attempt(Buffer.from(bytes).toString('utf8'));
      }),
      { numRuns: 500 },
    );
  });

  it('returns a result or an InputError for any CSV-like text, and any result is a valid series', () => {
    const header = fc.constantFrom('Date,Close\n', 'Date,High,Low,Close\n', 'Date;Close\n', '"Date","Price"\n', 'Price,Close\nTicker,X\nDate,\n', '');
    const body = fc.array(fc.constantFrom(...CSVISH), { maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(header, body, (h, b) => {
        const r = attempt(h + b);
        if (r instanceof InputError) return;
        for (const s of r.series) {
          for (let i = 0; i < s.length; i++) {
            expect(s.close[i]).toBeGreaterThan(0);
            if (i > 0) expect(s.days[i]).toBeGreaterThan(s.days[i - 1]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back a history written in any supported dialect and row order as the same series', () => {
    // Two-digit years (WSJ) only cover 1969–2068, so days stay in that range.
    const lo = toDayNumber(1970, 1, 1);
    const hi = toDayNumber(2060, 12, 31);
    const session = fc.record({ day: fc.integer({ min: lo, max: hi }), closeCents: fc.integer({ min: 1, max: 9_999_999 }), up: fc.integer({ min: 0, max: 10_000 }) });
    const history = fc.uniqueArray(session, { minLength: 1, maxLength: 40, selector: (s) => s.day });
    const order = fc.constantFrom('ascending', 'descending', 'shuffled');
    fc.assert(
      fc.property(history, fc.constantFrom(...DIALECTS), order, fc.integer(), (raw, dialect, rowOrder, seed) => {
        const sessions: Session[] = raw.map((s) => ({ day: s.day, closeCents: s.closeCents, highCents: s.closeCents + s.up }));
        const sorted = [...sessions].sort((a, b) => a.day - b.day);
        const rows = rowOrder === 'ascending' ? sorted : rowOrder === 'descending' ? [...sorted].reverse() : shuffle(sorted, seed);
        const text = writeHistory(rows, dialect);
        let r = attempt(text);
        if (r instanceof InputError && r.message.includes('--date-order')) {
          // Only a numeric-date column with no day above 12 may need the option.
          expect(DATE_ORDER[dialect]).toBeDefined();
          r = attempt(text, { dateOrder: DATE_ORDER[dialect] });
        }
        if (r instanceof InputError) throw r;
        const s = r.series[0];
        expect(r.series).toHaveLength(1);
        expect(Array.from(s.days)).toEqual(sorted.map((x) => x.day));
        expect(Array.from(s.close)).toEqual(sorted.map((x) => x.closeCents / 100));
        if (dialect !== 'fred') expect(Array.from(s.high!)).toEqual(sorted.map((x) => x.highCents / 100));
      }),
      { numRuns: 400 },
    );
  });
});

/** A deterministic shuffle (Fisher–Yates with a small LCG seeded by `seed`). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
