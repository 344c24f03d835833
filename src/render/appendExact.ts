import type { ByteBatch } from './ByteBatch.js';

/** Longest text of the shortcuts: a sign, 16 digits and a point (`-9999999999999.99`), or a safe integer. */
const MAX_SHORTCUT_TEXT = 17;

/**
 * `formatExact(value)` as ASCII bytes, without making the string for integers and values with at most
 * two decimals (levels, day counts, prices): the cases a market-wide CSV writes 1.8 million times.
 */
export function appendExact(value: number, out: ByteBatch): void {
  out.reserve(MAX_SHORTCUT_TEXT + 1);
  if (Number.isSafeInteger(value)) {
    // -0 is written `0`, as String(-0) is.
    if (value < 0) out.bytes[out.length++] = 0x2d;
    appendDigits(Math.abs(value), out);
    return;
  }
  const abs = Math.abs(value);
  // formatExact's test: from 0.01 to 1e13 the cents text, without trailing zeros, is the shortest
  // that reads back as `value`.
  if (abs >= 0.01 && abs < 1e13) {
    const cents = Math.round(abs * 100);
    if (cents / 100 === abs) {
      const frac = cents % 100;
      if (value < 0) out.bytes[out.length++] = 0x2d;
      appendDigits((cents - frac) / 100, out);
      appendCents(frac, out);
      return;
    }
  }
  appendAscii(String(value), out);
}

/** Text of ASCII characters, plus room for a separator. */
function appendAscii(text: string, out: ByteBatch): void {
  out.reserve(text.length + 1);
  for (let i = 0; i < text.length; i++) out.bytes[out.length++] = text.charCodeAt(i);
}

/** `.5`, `.05` or `.25` for 50, 5 or 25 cents (1–99). */
function appendCents(frac: number, out: ByteBatch): void {
  const cents = frac | 0;
  const tens = (cents / 10) | 0;
  const ones = cents - tens * 10;
  const bytes = out.bytes;
  let at = out.length;
  bytes[at++] = 0x2e;
  bytes[at++] = 0x30 + tens;
  if (ones !== 0) bytes[at++] = 0x30 + ones;
  out.length = at;
}

/** The decimal digits of a safe non-negative integer; room must be reserved. */
function appendDigits(n: number, out: ByteBatch): void {
  if (n > 0x7fffffff) return appendAscii(String(n), out);
  const bytes = out.bytes;
  // 32-bit integer arithmetic: the common case (levels, day counts, prices below 21 million).
  let rest = n | 0;
  let digits = 1;
  for (let p = 10; p <= rest && digits < 10; p *= 10) digits++;
  let at = out.length + digits;
  out.length = at;
  do {
    const next = (rest / 10) | 0;
    bytes[--at] = 0x30 + rest - next * 10;
    rest = next;
  } while (rest !== 0);
}
