import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendCsvHeader } from '../../src/render/appendCsvHeader.js';
import { appendCsvRow } from '../../src/render/appendCsvRow.js';
import { ByteBatch } from '../../src/render/ByteBatch.js';
import type { CellValue, Column } from '../../src/render/Column.type.js';
import { renderRowsCsv } from '../../src/render/renderRows.js';

/** Every row's bytes through chunks of `chunkSize` (smaller than a row: chunks end mid-field). */
function rowBytes<R>(rows: readonly R[], columns: readonly Column<R>[], chunkSize: number): Buffer {
  const chunks: Uint8Array[] = [];
  const out = new ByteBatch((chunk) => chunks.push(chunk), chunkSize);
  for (const row of rows) appendCsvRow(row, columns, out);
  out.flush();
  return Buffer.concat(chunks);
}

/** renderRowsCsv's bytes without its header line. */
function referenceBytes<R>(rows: readonly R[], columns: readonly Column<R>[]): Buffer {
  const text = renderRowsCsv(rows, columns);
  return Buffer.from(text.slice(text.indexOf('\n') + 1), 'utf8');
}

const text = fc.oneof(
  fc.constantFrom('', 'SPX', '2024-01-05', 'confirmed', 'S,P', '"Q"', 'a\nb', 'x\r', 'Ünïcode', '指数', 'é,"', '\uD800', 'a\uDC00b', '-'),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'é', '9', '-', '.') }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  text,
  fc.integer({ min: -1e7, max: 1e9 }).map((c) => c / 100),
  fc.integer(),
  fc.double(),
);

describe('appendCsvRow', () => {
  it('writes the lines of renderRowsCsv, as UTF-8, for any cells and chunk size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 64 }), fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 8 }), (width, chunkSize, rows) => {
        const columns: Column<CellValue[]>[] = Array.from({ length: width }, (_, i) => ({ key: `c${i}`, header: `C${i}`, value: (r) => r[i] }));
        expect(rowBytes(rows, columns, chunkSize).equals(referenceBytes(rows, columns))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the header line of renderRowsCsv for any keys', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.integer({ min: 1, max: 64 }), (keys, chunkSize) => {
        const columns: Column<null>[] = keys.map((key) => ({ key, header: key, value: () => null }));
        const chunks: Uint8Array[] = [];
        const out = new ByteBatch((chunk) => chunks.push(chunk), chunkSize);
        appendCsvHeader(columns, out);
        out.flush();
        expect(Buffer.concat(chunks).equals(Buffer.from(renderRowsCsv([], columns), 'utf8'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes what needs quoting and writes numbers exactly (worked by hand)', () => {
    const row: CellValue[] = ['S,P', 'say "hi"', 'a\nb', 'Zürich', 5000, 4999.5, 0.07, -12.34, null, true, ''];
    const columns: Column<CellValue[]>[] = row.map((_, i) => ({ key: `c${i}`, header: `C${i}`, value: (r) => r[i] }));
    const expected = '"S,P","say ""hi""","a\nb",Zürich,5000,4999.5,0.07,-12.34,,true,\n';
    expect(rowBytes([row], columns, 4).toString('utf8')).toBe(expected);
    expect(rowBytes([row], columns, 1 << 16).toString('utf8')).toBe(expected);
  });
});
