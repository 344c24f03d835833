import { findColumns } from '../findColumns.js';
import type { PlainLayout } from './PlainLayout.type.js';

const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;

/**
 * Decides from the first bytes of a file whether the byte scanner can read it: a UTF-8 (optionally
 * BOM-prefixed) CSV whose header is comma-separated, unquoted and names `date` and `close`, with no
 * quote anywhere in `head`. Returns `null` for anything else (other delimiters, quotes, an empty or
 * headerless file): the general path reads those, and produces their error messages.
 *
 * A quote found later in the file makes the scanner give up (`NotPlainError`), so this decision only
 * needs to be right about the header.
 */
export function sniffPlainCsv(head: Uint8Array): PlainLayout | null {
  if (head.includes(QUOTE)) return null;
  let pos = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
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
  return {
    dataStart,
    dataLine,
    width: fields.length,
    date: columns.date,
    close: columns.close,
    high: columns.high,
    low: columns.low,
    symbol: columns.symbol,
  };
}
