import { daysInMonth, toValidDayNumber } from '../calendar/dayNumber.js';
import { parseLongDecimal } from './parseLongDecimal.js';

/*
 * Readers of the common cell shapes (`YYYY-MM-DD`, plain decimals) straight from the bytes, for
 * `PlainRowReader`. Any other cell goes to the careful parsers (`DateColumn`, `parsePrice`), which
 * agree with these on every cell these accept.
 */

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The last `YYYY-MM-` prefix read, as `year * 100 + month`, with the day number of its day 0 and
 * the month's length: consecutive rows mostly share it, and then the day is one addition.
 */
const lastMonth = { key: -1, day0: 0, length: 0 };

/** `readIsoDay`'s "not a valid `YYYY-MM-DD`". */
export const NO_DAY = -0x7fffffff;

/** The day number of the valid date `YYYY-MM-DD` in the 10 bytes at `start`, or `NO_DAY`. */
export function readIsoDay(buf: Uint8Array, start: number): number {
  if (buf[start + 4] !== 45 || buf[start + 7] !== 45) return NO_DAY;
  const year = fourDigits(buf, start);
  const month = twoDigits(buf, start + 5);
  const day = twoDigits(buf, start + 8);
  const key = year * 100 + month; // never a valid month's key when year or month is -1
  if (key === lastMonth.key && day >= 1 && day <= lastMonth.length) return lastMonth.day0 + day;
  if (year < 0 || month < 0 || day < 0) return NO_DAY;
  const n = toValidDayNumber(year, month, day);
  if (n === null) return NO_DAY;
  lastMonth.key = key;
  lastMonth.day0 = n - day;
  lastMonth.length = daysInMonth(year, month);
  return n;
}

/** The last long decimal read: its bytes and value (a row's open, high, low and close often repeat it). */
const lastLong = { bytes: new Uint8Array(64), length: -1, value: 0 };

export function readLongDecimal(buf: Buffer, start: number, end: number): number {
  const n = end - start;
  const last = lastLong;
  if (n === last.length) {
    let i = 0;
    while (i < n && buf[start + i] === last.bytes[i]) i++;
    if (i === n) return last.value;
  }
  const exact = parseLongDecimal(buf, start, end);
  const value = exact === exact ? exact : Number(latin1(buf, start, end)); // NaN: too near a tie to tell
  if (n <= last.bytes.length) {
    for (let i = 0; i < n; i++) last.bytes[i] = buf[start + i]; // not `set(subarray)`, which allocates
    last.length = n;
    last.value = value;
  }
  return value;
}

/** The bytes as text; `latin1Slice` (Node's own, behind `toString('latin1')`) skips argument checks. */
function latin1(buf: Buffer, start: number, end: number): string {
  return (buf as Buffer & { latin1Slice(start: number, end: number): string }).latin1Slice(start, end);
}

function fourDigits(buf: Uint8Array, at: number): number {
  const a = buf[at] - 48, b = buf[at + 1] - 48, c = buf[at + 2] - 48, d = buf[at + 3] - 48;
  if ((a | b | c | d) < 0 || a > 9 || b > 9 || c > 9 || d > 9) return -1;
  return a * 1000 + b * 100 + c * 10 + d;
}

function twoDigits(buf: Uint8Array, at: number): number {
  const a = buf[at] - 48, b = buf[at + 1] - 48;
  if ((a | b) < 0 || a > 9 || b > 9) return -1;
  return a * 10 + b;
}
