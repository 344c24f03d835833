/**
 * Parses a plain decimal price (`6978.03`, `1e3`); returns `NaN` for anything else, including
 * empty text, so callers decide what is missing and what is an error.
 */
export function parsePrice(text: string): number {
  if (!isPlainDecimal(text)) return NaN;
  return denoiseFloat32(Number(text));
}

function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let i = 0;
  if (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
  let digits = 0;
  while (i < n && isDigit(text.charCodeAt(i))) (i++, digits++);
  if (i < n && text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) (i++, digits++);
  }
  if (digits === 0) return false;
  if (i < n && (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69)) {
    i++;
    if (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return false;
  }
  return i === n;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Yahoo-derived files store prices as float32 written out in full (`6896.240234375` for 6,896.24),
 * sometimes cut to 16 or 17 digits (`31.86000061035156`, a hair off the float32 of 31.86). When
 * `value` is such a float32 expansion (within 1e-12 of its relative size) of some decimal with at
 * most 6 decimal places, returns that shortest decimal instead, so comparisons with round levels
 * give the published answers. Any other value (`6978.03`, `7000.0000123`) is returned unchanged.
 */
export function denoiseFloat32(value: number): number {
  const single = Math.fround(value);
  if (Number.isInteger(value) || Math.abs(single - value) > Math.abs(value) * FLOAT32_EXPANSION) return value;
  let scale = 1;
  for (let places = 0; places <= 6; places++, scale *= 10) {
    const candidate = Math.round(value * scale) / scale;
    if (Math.fround(candidate) === single) return candidate;
  }
  return value;
}

/** How close (relatively) a value must be to a float32 to be read as its printed expansion. */
const FLOAT32_EXPANSION = 1e-12;
