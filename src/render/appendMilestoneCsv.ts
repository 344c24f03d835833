import type { MilestoneRow, MilestoneStatus } from '../core/IndexReport.type.js';
import type { ByteBatch } from './ByteBatch.js';
import { appendExact } from './appendExact.js';
import { csvField } from './csvField.js';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const utf8 = new TextEncoder();
const STATUS: Record<MilestoneStatus, Uint8Array> = {
  confirmed: utf8.encode('confirmed,'),
  pending: utf8.encode('pending,'),
  untouched: utf8.encode('untouched,'),
  predates: utf8.encode('predates,'),
};

/**
 * The milestone CSV lines (`renderRowsCsv` over `MILESTONE_CSV_COLUMNS`) of the index `symbol` (its milestone rows, no header), as UTF-8
 * bytes; `each` visits its rows (`PendingReport.eachMilestone`, or a report's array). The fields of
 * `MILESTONE_CSV_COLUMNS`, written field by field for speed (a market-wide run writes 300,000
 * lines): the symbol's field is made once, dates are ISO text and numbers `appendExact`'s, which
 * never need quoting. Tests check it against the generic renderer.
 */
export function appendMilestoneCsv(symbol: string, each: (visit: (row: MilestoneRow) => void) => void, out: ByteBatch): void {
  const head = utf8.encode(`${csvField(symbol)},`);
  each((row) => {
    copy(head, out);
    appendExact(row.level, out);
    out.bytes[out.length++] = COMMA;
    copy(STATUS[row.status], out);
    appendDate(row.firstTouchDate, out);
    appendNumber(row.firstTouchHigh, out);
    appendDate(row.firstCloseDate, out);
    appendNumber(row.firstClose, out);
    appendNumber(row.tradingDays, out);
    appendNumber(row.calendarDays, out);
    if (row.touchToCloseSessions !== null) appendExact(row.touchToCloseSessions, out);
    else out.reserve(1);
    out.bytes[out.length++] = NEWLINE;
  });
}

function copy(bytes: Uint8Array, out: ByteBatch): void {
  const n = bytes.length;
  out.reserve(n);
  const to = out.bytes;
  let at = out.length;
  for (let i = 0; i < n; i++) to[at++] = bytes[i];
  out.length = at;
}

/** A date field (ISO text, plain ASCII) and its comma; any other text as `csvField` writes it. */
function appendDate(iso: string | null, out: ByteBatch): void {
  const n = iso === null ? 0 : iso.length;
  out.reserve(n + 1);
  const to = out.bytes;
  let at = out.length;
  for (let i = 0; i < n; i++) {
    const c = iso!.charCodeAt(i);
    if (c > 0x2c ? c >= 0x80 : c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) {
      out.writeText(csvField(iso));
      out.reserve(1);
      out.bytes[out.length++] = COMMA;
      return;
    }
    to[at++] = c;
  }
  to[at++] = COMMA;
  out.length = at;
}

/** A number field (empty for `null`) and its comma. */
function appendNumber(value: number | null, out: ByteBatch): void {
  if (value !== null) appendExact(value, out);
  else out.reserve(1);
  out.bytes[out.length++] = COMMA;
}
