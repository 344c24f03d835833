import { isoFromDayNumber, yyyymmddOf } from '../calendar/dayNumber.js';
import type { MilestoneStatus } from '../core/IndexReport.type.js';
import type { LevelVisitor } from '../core/LevelVisitor.type.js';
import type { ByteBatch } from './ByteBatch.js';
import { appendExact } from './appendExact.js';
import { csvField } from './csvField.js';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const ZERO = 0x30;
const utf8 = new TextEncoder();
const STATUS: Record<MilestoneStatus, Uint8Array> = {
  confirmed: utf8.encode('confirmed,'),
  pending: utf8.encode('pending,'),
  untouched: utf8.encode('untouched,'),
  predates: utf8.encode('predates,'),
};

/**
 * The milestone CSV lines (`renderRowsCsv` over `MILESTONE_CSV_COLUMNS`, no header) of the levels it
 * visits, as UTF-8 bytes into `out`: field by field for speed (a market-wide run writes 300,000
 * lines). The symbol's field is made once per index, dates are written from day numbers as ISO text,
 * numbers as `appendExact` writes them, `NaN` (a `null` field) as an empty field. Tests check it
 * against the generic renderer.
 */
export class MilestoneCsvLines implements LevelVisitor {
  private head: Uint8Array = STATUS.confirmed.subarray(0, 0);

  constructor(private readonly out: ByteBatch) {}

  /** The lines that follow are the index `symbol`'s. */
  startIndex(symbol: string): void {
    this.head = utf8.encode(`${csvField(symbol)},`);
  }

  level(level: number, status: MilestoneStatus, touchDay: number, touchHigh: number, closeDay: number, close: number, tradingDays: number, calendarDays: number, touchToCloseSessions: number): void {
    const out = this.out;
    copy(this.head, out);
    appendField(level, out);
    copy(STATUS[status], out);
    appendDay(touchDay, out);
    appendField(touchHigh, out);
    appendDay(closeDay, out);
    appendField(close, out);
    appendField(tradingDays, out);
    appendField(calendarDays, out);
    if (!Number.isNaN(touchToCloseSessions)) appendExact(touchToCloseSessions, out);
    else out.reserve(1);
    out.bytes[out.length++] = NEWLINE;
  }
}

function copy(bytes: Uint8Array, out: ByteBatch): void {
  const n = bytes.length;
  out.reserve(n);
  const to = out.bytes;
  let at = out.length;
  for (let i = 0; i < n; i++) to[at++] = bytes[i];
  out.length = at;
}

/** A number field (empty for `NaN`) and its comma. */
function appendField(value: number, out: ByteBatch): void {
  if (!Number.isNaN(value)) appendExact(value, out);
  else out.reserve(1);
  out.bytes[out.length++] = COMMA;
}

/** A date field (ISO text of a day number, `isoFromDayNumber`'s; empty for `NaN`) and its comma. */
function appendDay(day: number, out: ByteBatch): void {
  out.reserve(11);
  if (!Number.isNaN(day)) {
    const packed = yyyymmddOf(day);
    if (packed < 0) {
      out.writeText(isoFromDayNumber(day));
      out.reserve(1);
    } else {
      const year = (packed / 10000) | 0;
      const monthDay = packed - year * 10000;
      const month = (monthDay / 100) | 0;
      const date = monthDay - month * 100;
      const to = out.bytes;
      const at = out.length;
      to[at] = ZERO + ((year / 1000) | 0);
      to[at + 1] = ZERO + (((year / 100) | 0) % 10);
      to[at + 2] = ZERO + (((year / 10) | 0) % 10);
      to[at + 3] = ZERO + (year % 10);
      to[at + 4] = 0x2d;
      to[at + 5] = ZERO + ((month / 10) | 0);
      to[at + 6] = ZERO + (month % 10);
      to[at + 7] = 0x2d;
      to[at + 8] = ZERO + ((date / 10) | 0);
      to[at + 9] = ZERO + (date % 10);
      out.length = at + 10;
    }
  }
  out.bytes[out.length++] = COMMA;
}
