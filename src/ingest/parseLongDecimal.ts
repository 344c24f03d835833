/*
 * `Number(text)` for `digits[.digits]` of 16 to 19 digits (Yahoo's float32 expansions such as
 * 17.760000228881836), from the bytes, without making a string. When the integer M of all the
 * digits is below 2^53, M / 10^p is one correctly rounded division. Otherwise M is held exactly as a
 * sum of two doubles; q = M / 10^p rounded is the answer or one of its neighbours,
 * and the remainder M - q·10^p, computed exactly with Dekker's products, says which. When the value
 * lies within 2^-30 of a unit in the last place of a halfway point between two doubles (ties, and
 * anything this arithmetic cannot settle), it returns NaN and the caller asks `Number`.
 */

/** 10^0 … 10^22: every one an exact double. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Dekker's splitter, 2^27 + 1. */
const SPLITTER = 134217729;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The plain decimal in `buf[start, end)` (at most one point, 16 to 19 digits), or NaN when unsure. */
export function parseLongDecimal(buf: Uint8Array, start: number, end: number): number {
  let whole = 0; // M itself, exact while below 2^53
  // M = head · 10^tailDigits + tail, head of at most 15 digits, so both are exact.
  let head = 0;
  let tail = 0;
  let digits = 0;
  let tailDigits = 0;
  let fraction = -1;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d === -2) {
      fraction = 0;
      continue;
    }
    if (digits === 0 && d === 0) {
      if (fraction >= 0) fraction++; // a leading zero counts as a place, not as a digit of M
      continue;
    }
    whole = whole * 10 + d;
    if (digits < 15) head = head * 10 + d;
    else (tail = tail * 10 + d), tailDigits++;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (fraction > 22) return Number.NaN;
  const divisor = POW10[fraction < 0 ? 0 : fraction];
  // Most 16-digit decimals: M and 10^p are exact doubles, so one division rounds correctly (Clinger).
  if (whole < 2 ** 53) return whole / divisor;
  if (tailDigits > 4) return Number.NaN;
  const scale = POW10[tailDigits];
  const product = head * scale;
  const rest = productError(head, scale, product) + tail; // exact: both are small integers
  const mHigh = product + rest;
  const mLow = rest - (mHigh - product); // exact (Fast2Sum: |product| >= |rest| or the sum is exact)
  let q = mHigh / divisor;
  if (!(q > 1e-290 && q < 1e290)) return Number.NaN;
  const qd = q * divisor;
  // x - q, where x = M / divisor: the first difference is exact (Sterbenz), the rest is tiny.
  let delta = (mHigh - qd - productError(q, divisor, qd) + mLow) / divisor;

  // Step to the nearest double, unless x is too near a halfway point to tell.
  const margin = gapAbove(q) * 2 ** -30;
  for (let step = 0; step < 2; step++) {
    if (delta >= 0) {
      const up = gapAbove(q);
      if (delta < up / 2 - margin) return q;
      if (delta <= up / 2 + margin) break;
      q += up;
      delta -= up;
    } else {
      const down = gapBelow(q);
      if (-delta < down / 2 - margin) return q;
      if (-delta <= down / 2 + margin) break;
      q -= down;
      delta += down;
    }
  }
  return Number.NaN;
}

/** `a * b - product` exactly, for `product` the rounded `a * b` (Dekker's two-product). */
function productError(a: number, b: number, product: number): number {
  const ca = SPLITTER * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLITTER * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}


/** The distance from the positive normal double `q` to the next one up. */
function gapAbove(q: number): number {
  bits[0] = q;
  const exponent = words[HIGH] >>> 20;
  words[HIGH] = (exponent - 52) << 20;
  words[1 - HIGH] = 0;
  return bits[0];
}

/** The distance from the positive normal double `q` to the next one down: half the gap above at a power of two. */
function gapBelow(q: number): number {
  bits[0] = q;
  const powerOfTwo = (words[HIGH] & 0xfffff) === 0 && words[1 - HIGH] === 0;
  const up = gapAbove(q);
  return powerOfTwo ? up / 2 : up;
}
