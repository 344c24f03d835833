import type { ByteBatch } from './ByteBatch.js';
import { appendCsvField } from './appendCsvField.js';

/** The header line of `renderRowsCsv` (the columns' machine keys), as UTF-8 bytes. */
export function appendCsvHeader(columns: readonly { readonly key: string }[], out: ByteBatch): void {
  out.reserve(1);
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) out.bytes[out.length++] = 0x2c;
    appendCsvField(columns[i].key, out);
  }
  out.bytes[out.length++] = 0x0a;
}
