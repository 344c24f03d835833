import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRowParser } from '../../src/ingest/fast/loadRowParser.js';
import { NotPlainError } from '../../src/ingest/fast/NotPlainError.js';
import type { PlainLayout } from '../../src/ingest/fast/PlainLayout.type.js';
import { PlainRowScanner } from '../../src/ingest/fast/scanPlainRows.js';

const LAYOUT: PlainLayout = { dataStart: 0, dataLine: 2, width: 7, date: 0, symbol: 1, open: 2, high: 3, low: 4, close: 5 };

/** What the scanner hands on for `text` (read from `buf`), or that it refused it. */
function scanned(text: string, inParser: boolean): unknown[] | 'not plain' {
  const rows: unknown[] = [];
  const sink = {
    row: (buf: Buffer, prices: Float64Array, day: number, s: number, e: number, line: number) => rows.push([[...prices], day, buf.toString('latin1', s, e), line]),
  };
  const scanner = new PlainRowScanner(LAYOUT, sink, 1);
  const parser = loadRowParser()!;
  const bytes = Buffer.from(text, 'latin1');
  const buf = inParser ? parser.buffer : Buffer.alloc(bytes.length + 16);
  bytes.copy(buf, 0);
  try {
    scanner.scan(buf, 0, bytes.length);
  } catch (error) {
    if (error instanceof NotPlainError) return 'not plain';
    throw error;
  }
  return rows;
}

const date = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('1885-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '1900-02-29', '2000-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-04-00', '0000-01-01', '2024-1-05', '2024/01/05', '20240105xx', '2024-01-0a') },
);
const price = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 99_999_999 }).map((c) => (c / 100).toFixed(2)) },
  // Prices the float32 clean-up may change: above keepsDecimal's bound, and float32 values written out.
  { weight: 2, arbitrary: fc.integer({ min: 13_107_200, max: 99_999_999_999 }).map((c) => (c / 100).toFixed(2)) },
  { weight: 2, arbitrary: fc.tuple(fc.float({ min: 1, max: 5e6, noNaN: true }), fc.integer({ min: 0, max: 9 })).map(([f, places]) => f.toFixed(places)) },
  // Long decimals: float32 values written out in full (Yahoo's), any 16 to 20 digits, ties between doubles.
  { weight: 2, arbitrary: fc.float({ min: Math.fround(0.01), max: 1e7, noNaN: true }).map((f) => String(f)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n - 1n }), fc.integer({ min: 0, max: 21 })).map(([m, places]) => {
      const digits = String(m);
      const at = Math.max(1, digits.length - places);
      return at >= digits.length ? digits : `${digits.slice(0, at)}.${digits.slice(at)}`;
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('9007199254740993', '9007199254740993.0', '900719925474099.35', '18014398509481985', '0.1000000000000000055511151231257827', '1234567890123456789.5', '00000000000000017.5', '9007199254740995.001', '9007199254740994.999', '18014398509481986.01') },
  { weight: 1, arbitrary: fc.constantFrom('0', '0.00', '7.', '.5', '1.2.3', '', '12a', '17.65999984741211', '2097152.25', '131071.99', '13107200', '123456789012345', '1234567890123456', '6896.240234375', '00012.50', '1e3', ' 5') },
);
const symbol = fc.constantFrom('AAA', 'aaa', ' B ', 'S,P', 'Ü', '', 'x\r');
const row = fc.tuple(date, symbol, price, price, price, price, fc.constantFrom('100', '', '1,2', 'v\r'));
const eol = fc.constantFrom('\n', '\r\n', '\n\n', '\r\r\n');

describe('the WebAssembly row parser', () => {
  it('makes the scanner hand on what it hands on alone, or refuse what it refuses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(row, eol), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map(([cells, end]) => cells.join(',') + end).join('');
        expect(scanned(text, true)).toEqual(scanned(text, false));
      }),
      { numRuns: 3000 },
    );
  });
});
