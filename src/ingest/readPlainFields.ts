import { toValidDayNumber } from '../calendar/dayNumber.js';
import { parseLongDecimal } from './parseLongDecimal.js';

/*
 * Readers of the common cell shapes (`YYYY-MM-DD`, plain decimals) straight from the bytes, for
 * `PlainRowReader`. Any other cell goes to the careful parsers (`DateColumn`, `parsePrice`), which
 * agree with these on every cell these accept.
 */

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** `readIsoDay`'s "not a valid `YYYY-MM-DD`". */
export const NO_DAY = -0x7fffffff;

/** The day number of the valid date `YYYY-MM-DD` in the 10 bytes at `start`, or `NO_DAY`. */
export function readIsoDay(buf: Uint8Array, start: number): number {
  if (buf[start + 4] !== 45 || buf[start + 7] !== 45) return NO_DAY;
  const year = fourDigits(buf, start);
  const month = twoDigits(buf, start + 5);
  const day = twoDigits(buf, start + 8);
  if (year < 0 || month < 0 || day < 0) return NO_DAY;
  return toValidDayNumber(year, month, day) ?? NO_DAY;
}

/** The value of the long decimal `buf[start, end)` (a float32 expansion such as 17.65999984741211). */
export function readLongDecimal(buf: Buffer, start: number, end: number): number {
  const exact = parseLongDecimal(buf, start, end);
  return exact === exact ? exact : Number(latin1(buf, start, end)); // NaN: too near a tie to tell
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
