/**
 * `value` as `new Intl.NumberFormat('en-US', { minimumFractionDigits: minPlaces, maximumFractionDigits:
 * maxPlaces }).format(value)` writes it (`1234.5`, 2, 2 → `1,234.50`), without ICU: the first
 * Intl formatter of a process costs about 10 ms, most of a short run's output time. Like ICU it
 * rounds the shortest decimal that reads back as `value` (so 1.005 → 1.01, where `toFixed` gives
 * 1.00), half away from zero, and keeps the sign of a negative value that rounds to zero (`-0`).
 * Values that `String` writes with an exponent (below 1e-6 or from 1e21) go to Intl itself.
 */
export function formatDecimal(value: number, minPlaces: number, maxPlaces: number): string {
  const text = String(Math.abs(value));
  if (text.includes('e') || !Number.isFinite(value)) return intlFormat(value, minPlaces, maxPlaces);
  const point = text.indexOf('.');
  let whole = point < 0 ? text : text.slice(0, point);
  let places = point < 0 ? '' : text.slice(point + 1);
  if (places.length > maxPlaces) {
    const roundUp = places.charCodeAt(maxPlaces) >= 53; // '5'..'9'
    places = places.slice(0, maxPlaces);
    if (roundUp) {
      const sum = addOneAtEnd(whole + places);
      whole = sum.slice(0, sum.length - places.length);
      places = sum.slice(sum.length - places.length);
    }
  }
  let kept = places.length;
  while (kept > minPlaces && places.charCodeAt(kept - 1) === 48) kept--;
  places = places.slice(0, kept).padEnd(minPlaces, '0');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${groupThousands(whole)}${places === '' ? '' : `.${places}`}`;
}

/** A string of decimal digits plus one: `199` → `200`, `99` → `100`. */
function addOneAtEnd(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const head = i < 0 ? '1' : `${digits.slice(0, i)}${digits.charCodeAt(i) - 47}`;
  return head + '0'.repeat(digits.length - 1 - i);
}

/** `1234567` → `1,234,567`. */
function groupThousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

const formatters = new Map<string, Intl.NumberFormat>();

function intlFormat(value: number, minPlaces: number, maxPlaces: number): string {
  const key = `${minPlaces},${maxPlaces}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: minPlaces, maximumFractionDigits: maxPlaces });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
