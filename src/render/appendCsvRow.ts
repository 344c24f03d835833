import type { ByteBatch } from './ByteBatch.js';
import type { Column } from './Column.type.js';
import { appendCsvField } from './appendCsvField.js';

/** One line of `renderRowsCsv`'s output (a row, not the header), as UTF-8 bytes. */
export function appendCsvRow<R>(row: R, columns: readonly Column<R>[], out: ByteBatch): void {
  const last = columns.length - 1;
  if (last < 0) out.reserve(1);
  for (let i = 0; i < last; i++) {
    appendCsvField(columns[i].value(row), out);
    out.bytes[out.length++] = 0x2c;
  }
  if (last >= 0) appendCsvField(columns[last].value(row), out);
  out.bytes[out.length++] = 0x0a;
}
