import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { InputError } from '../../src/errors.js';
import { readSeries } from '../helpers/readSeries.js';
import { DATE_ORDER, DIALECTS, type Session, writeHistory } from '../helpers/writeHistory.js';

/** Reads text (in chunks of `chunkBytes`); returns the result or the InputError. Any other exception fails the property. */
function attempt(text: string, options = {}, chunkBytes?: number) {
  try {
    return readSeries(text, 'p.csv', { symbol: 'P', ...options }, chunkBytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

const CSVISH = [...'0123456789-/.,;\t"\n\r $:T nulDateClosHighLwAdj*\ufeff'];

describe('reader properties', () => {
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

  it('gives the same series, warnings or error whatever the chunks the bytes arrive in', () => {
    // Mostly valid rows of `date,symbol,high,close` (the odd cell now and then: quoted, multi-line, missing, bad).
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${String(d).padStart(2, '0')}`);
    const price = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 99999 }).map((c) => String(c / 100)) }, { weight: 1, arbitrary: fc.constantFrom('6896.240234375', '"1,234.5"', '', 'null', '0', 'x') });
    const symbol = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('A', 'B') }, { weight: 1, arbitrary: fc.constantFrom(' a ', '"A"', '"a\nb"', '') });
    const row = fc.tuple(day, symbol, price, price).map((cells) => cells.join(','));
    const header = fc.constantFrom('date,symbol,high,close', '\ufeffDate,Symbol,High,Close', '"date","symbol","high","close"');
    // The reader settles the dialect on the first 32 KiB, held whole: rows of another index fill them.
    const padding = Array.from({ length: 2100 }, (_, i) => `${isoFromDayNumber(7000 + i)},PAD,10,10`);
    const text = fc
      .tuple(header, fc.array(row, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([h, rows, nl, end]) => [h, ...padding, ...rows].join(nl) + (end ? nl : ''));
    fc.assert(
      fc.property(text, fc.integer({ min: 7, max: 4000 }), fc.boolean(), (t, chunk, skip) => {
        const options = { skipBadRows: skip };
        const whole = attempt(t, options);
        const parts = attempt(t, options, chunk);
        if (whole instanceof InputError) expect(parts instanceof InputError ? parts.message : parts).toBe(whole.message);
        else expect(parts).toEqual(whole);
      }),
      { numRuns: 100 },
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
