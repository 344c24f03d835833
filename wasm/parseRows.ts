// AssemblyScript: built to dist/wasm/parseRows.wasm by `npm run build` (asc), loaded by
// src/ingest/fast/loadRowParser.ts. Parses the plain CSV rows the byte scanner reads, as its
// `readLine` does, into fixed-size records; it stops at any row it cannot take (a price of 20 digits
// or more, or one only `Number` can round; anything unusual), which the JavaScript scanner then
// reads or refuses.
//
// Memory: [0, 64 KiB) statics; KINDS at 64 KiB (one i8 per column: price slot 0-3, -1 skip,
// -2 date, -3 symbol); the chunk of file bytes at BUF (2 MiB); records at OUT.

const KINDS: usize = 64 << 10;
const BUF: usize = 1 << 20;
export const BUF_BYTES: i32 = 2 << 20;
const OUT: usize = 4 << 20;
/** A record: prices f64 x4, then day, symbol start, symbol end, line (i32), pad. */
const RECORD: usize = 56;
/** Records per call (a chunk of 2 MiB holds fewer: a row is at least an 11-byte date and a field). */
export const MAX_ROWS: i32 = 200000;

const COMMA: u32 = 44;
const NEWLINE: u32 = 10;
const CR: u32 = 13;

let width: i32 = 0;
/** Where parsing stopped (a buffer offset) and the number of the last line read. */
let stopAt: i32 = 0;
let lastLine: i32 = 0;

export function setWidth(w: i32): void {
  width = w;
}
export function kindsAt(): i32 {
  return <i32>KINDS;
}
export function bufferAt(): i32 {
  return <i32>BUF;
}
export function recordsAt(): i32 {
  return <i32>OUT;
}
export function stoppedAt(): i32 {
  return stopAt;
}
export function lineAfter(): i32 {
  return lastLine;
}

function daysInMonth(year: i32, month: i32): i32 {
  if (month == 2) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** Howard Hinnant's days_from_civil, as dayNumber.ts's toDayNumber (floor division). */
function toDayNumber(year: i32, month: i32, day: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = (153 * mp + 2) / 5 + day - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/** 10^p, exactly (p <= 22). */
function pow10(p: i32): f64 {
  let scale: f64 = 1;
  for (let k = 0; k < p; k++) scale *= 10;
  return scale;
}

/** Dekker's splitter, 2^27 + 1. */
const SPLITTER: f64 = 134217729;

/**
 * parseLongDecimal.ts's `parseLongDecimal`, operation for operation: the plain decimal in
 * `BUF[start, end)` (16 to 19 digits) correctly rounded, or NaN when only `Number` can tell.
 */
function parseLongDecimal(start: usize, end: usize): f64 {
  let whole: f64 = 0;
  let head: f64 = 0;
  let tail: f64 = 0;
  let digits = 0;
  let tailDigits = 0;
  let fraction = -1;
  for (let i = start; i < end; i++) {
    const d = <i32>load<u8>(BUF + i) - 48;
    if (d == -2) {
      fraction = 0;
      continue;
    }
    if (digits == 0 && d == 0) {
      if (fraction >= 0) fraction++;
      continue;
    }
    whole = whole * 10 + <f64>d;
    if (digits < 15) head = head * 10 + <f64>d;
    else {
      tail = tail * 10 + <f64>d;
      tailDigits++;
    }
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (fraction > 22) return NaN;
  const divisor = pow10(fraction < 0 ? 0 : fraction);
  if (whole < 9007199254740992) return whole / divisor;
  if (tailDigits > 4) return NaN;
  const scale = pow10(tailDigits);
  const product = head * scale;
  const rest = productError(head, scale, product) + tail;
  const mHigh = product + rest;
  const mLow = rest - (mHigh - product);
  let q = mHigh / divisor;
  if (!(q > 1e-290 && q < 1e290)) return NaN;
  const qd = q * divisor;
  let delta = (mHigh - qd - productError(q, divisor, qd) + mLow) / divisor;
  const margin = gapAbove(q) * 9.313225746154785e-10; // 2^-30
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
  return NaN;
}

/** `a * b - product` exactly, for `product` the rounded `a * b` (Dekker's two-product). */
function productError(a: f64, b: f64, product: f64): f64 {
  const ca = SPLITTER * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLITTER * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** The distance from the positive normal double `q` to the next one up. */
function gapAbove(q: f64): f64 {
  const exponent = reinterpret<u64>(q) >> 52;
  return reinterpret<f64>((exponent - 52) << 52);
}

/** The distance from the positive normal double `q` to the next one down: half the gap above at a power of two. */
function gapBelow(q: f64): f64 {
  const powerOfTwo = (reinterpret<u64>(q) & 0xfffffffffffff) == 0;
  const up = gapAbove(q);
  return powerOfTwo ? up / 2 : up;
}

/** JavaScript's `Math.round`: the nearest integer, halves up. */
function roundHalfUp(x: f64): f64 {
  const up = Math.ceil(x);
  return up - 0.5 > x ? up - 1 : up;
}

/** parsePrice.ts's `denoiseFloat32`, for the finite positive prices read here. */
function denoiseFloat32(value: f64): f64 {
  const single = <f64>(<f32>value);
  if (Math.floor(value) == value || Math.abs(single - value) > Math.abs(value) * FLOAT32_EXPANSION) return value;
  let scale: f64 = 1;
  for (let places = 0; places <= 6; places++, scale *= 10) {
    const candidate = roundHalfUp(value * scale) / scale;
    if (<f64>(<f32>candidate) == single) return candidate;
  }
  return value;
}
const FLOAT32_EXPANSION: f64 = 1e-12;

@inline function digit(at: usize): i32 {
  const d = <i32>load<u8>(BUF + at) - 48;
  return <u32>d <= 9 ? d : -1000000;
}

/**
 * Parses rows from `start` (a line start) up to `limit` (just after a newline), numbering lines
 * after `line`; returns the rows written. Blank lines are counted and skipped.
 */
export function parse(start: i32, limit: i32, line: i32): i32 {
  let i = <usize>start;
  const end = <usize>limit;
  let rows: i32 = 0;
  const last = width - 1;
  while (i < end) {
    const first = <u32>load<u8>(BUF + i);
    if (first == NEWLINE) {
      i++;
      line++;
      continue;
    }
    if (first == CR && <u32>load<u8>(BUF + i + 1) == NEWLINE) {
      i += 2;
      line++;
      continue;
    }
    const rowStart = i;
    const rec = OUT + <usize>rows * RECORD;
    let day: i32 = 0;
    let symbolStart: i32 = 0;
    let symbolEnd: i32 = 0;
    let ok = true;
    for (let column = 0; ; column++) {
      const kind = <i32>load<i8>(KINDS + <usize>column);
      if (kind >= 0) {
        const fieldStart = i;
        let mantissa: f64 = 0;
        let digits = 0;
        let point: isize = -1;
        while (true) {
          const d = <i32>load<u8>(BUF + i) - 48;
          if (<u32>d <= 9) {
            mantissa = mantissa * 10 + <f64>d;
            digits++;
          } else if (d == -2 && point < 0) {
            point = <isize>i;
          } else {
            break;
          }
          i++;
        }
        if (digits == 0 || digits > 19 || point == <isize>fieldStart || point == <isize>i - 1 || mantissa == 0) {
          ok = false;
          break;
        }
        let value: f64;
        if (digits > 15) {
          // Float32 expansions (17.65999984741211): readPrice's readLongDecimal, unless only `Number` can tell.
          value = parseLongDecimal(fieldStart, i);
          if (isNaN(value)) {
            ok = false;
            break;
          }
          value = denoiseFloat32(value);
        } else {
          const places = point < 0 ? 0 : <i32>(<isize>i - point - 1);
          // keepsDecimal (parsePrice.ts): a decimal denoiseFloat32 would return unchanged.
          const kept = places == 0 || (places == 1 && mantissa < 1310720) || (places == 2 && mantissa < 13107200);
          value = mantissa / pow10(places);
          if (!kept) value = denoiseFloat32(value);
        }
        store<f64>(rec + (<usize>kind << 3), value);
      } else if (kind == -2) {
        if (<u32>load<u8>(BUF + i + 4) != 45 || <u32>load<u8>(BUF + i + 7) != 45) {
          ok = false;
          break;
        }
        const year = digit(i) * 1000 + digit(i + 1) * 100 + digit(i + 2) * 10 + digit(i + 3);
        const month = digit(i + 5) * 10 + digit(i + 6);
        const dd = digit(i + 8) * 10 + digit(i + 9);
        if (year < 0 || month < 1 || month > 12 || dd < 1 || dd > daysInMonth(year, month)) {
          ok = false;
          break;
        }
        day = toDayNumber(year, month, dd);
        i += 10;
      } else {
        const fieldStart = i;
        let c = <u32>load<u8>(BUF + i);
        while (c != COMMA && c != NEWLINE) c = <u32>load<u8>(BUF + ++i);
        if (kind == -3) {
          symbolStart = <i32>fieldStart;
          symbolEnd = c == NEWLINE && i > fieldStart && <u32>load<u8>(BUF + i - 1) == CR ? <i32>i - 1 : <i32>i;
        }
      }
      const c = <u32>load<u8>(BUF + i);
      if (column < last) {
        if (c != COMMA) {
          ok = false;
          break;
        }
        i++;
        continue;
      }
      if (c == CR && <u32>load<u8>(BUF + i + 1) == NEWLINE) i++;
      else if (c != NEWLINE) ok = false;
      break;
    }
    if (!ok || rows == MAX_ROWS) {
      stopAt = <i32>rowStart;
      lastLine = line;
      return rows;
    }
    line++;
    store<i32>(rec + 32, day);
    store<i32>(rec + 36, symbolStart);
    store<i32>(rec + 40, symbolEnd);
    store<i32>(rec + 44, line);
    rows++;
    i++;
  }
  stopAt = <i32>i;
  lastLine = line;
  return rows;
}
