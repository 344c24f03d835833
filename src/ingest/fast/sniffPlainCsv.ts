import { findColumns } from '../findColumns.js';
import { isPlainDialect } from '../Dialect.type.js';
import { sniffDialect } from '../sniffDialect.js';
import type { PlainLayout } from './PlainLayout.type.js';

const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;

/**
 * Decides from the first bytes of a file whether the byte scanner can read it: an ASCII (optionally
 * BOM-prefixed) CSV that the general path's `sniffDialect` calls plain (commas, no quotes, decimal
 * points), whose one-line header names `date` and `close`. Returns `null` for anything else: the
 * general path reads those, and produces their error messages.
 *
 * Anything unusual later in the file makes the scanner give up (`NotPlainError`), so this decision
 * only needs to be right about the header.
 */
export function sniffPlainCsv(head: Uint8Array): PlainLayout | null {
  let pos = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const body = head.subarray(pos);
  if (body.includes(QUOTE) || body.some((b) => b === 0 || b >= 0x80)) return null;
  // The same decision on the same sample as the general path (`readPriceCsv`'s 8,192 characters).
  if (!isPlainDialect(sniffDialect(Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, 8192)).toString('latin1')))) return null;
  let line = 0;
  while (pos < head.length) {
    const nl = head.indexOf(NEWLINE, pos);
    if (nl < 0) return null; // header longer than the sample, or no newline at all
    line++;
    const stop = nl > pos && head[nl - 1] === CR ? nl - 1 : nl;
    if (stop > pos) return layoutOf(Buffer.from(head.buffer, head.byteOffset + pos, stop - pos).toString('utf8'), nl + 1, line + 1);
    pos = nl + 1;
  }
  return null;
}

function layoutOf(headerText: string, dataStart: number, dataLine: number): PlainLayout | null {
  const fields = headerText.split(',');
  if (fields.length < 2) return null;
  let columns;
  try {
    columns = findColumns(fields, '', 0);
  } catch {
    return null;
  }
  if (columns.yfinance) return null;
  return {
    dataStart,
    dataLine,
    width: fields.length,
    date: columns.date,
    close: columns.close,
    open: columns.open,
    high: columns.high,
    low: columns.low,
    symbol: columns.symbol,
  };
}
