import type { ByteBatch } from './ByteBatch.js';
import type { CellValue } from './Column.type.js';
import { csvField } from './csvField.js';
import { appendExact } from './appendExact.js';

/**
 * `csvField(value)` as UTF-8 bytes, plus room for one separator after it. Text that is plain ASCII
 * with no comma, quote or newline (symbols, ISO dates, status words) is copied as it is checked.
 */
export function appendCsvField(value: CellValue, out: ByteBatch): void {
  if (value === null) out.reserve(1);
  else if (typeof value === 'number') appendExact(value, out);
  else if (typeof value === 'string') appendText(value, out);
  else appendByCsvField(value, out);
}

function appendText(text: string, out: ByteBatch): void {
  const n = text.length;
  out.reserve(n + 1);
  const bytes = out.bytes;
  let at = out.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Not ASCII, or `"`, `,`, `\n`, `\r` (all below `-`): csvField quotes or encodes it (the bytes
    // copied so far are overwritten).
    if (c > 0x2c ? c >= 0x80 : c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) return appendByCsvField(text, out);
    bytes[at++] = c;
  }
  out.length = at;
}

/** Text that needs quoting or encoding, and booleans: through csvField itself. */
function appendByCsvField(value: CellValue, out: ByteBatch): void {
  out.writeText(csvField(value));
  out.reserve(1);
}
