/**
 * `String(value)` (the shortest text that reads back as `value`), computed without the general
 * algorithm for values with at most two decimals, such as prices: a market-wide CSV writes
 * 600,000 of them, and the general conversion is most of the time it spends writing.
 */
export function formatExact(value: number): string {
  const abs = Math.abs(value);
  // Below 1e13 two different values in cents are more than a double's precision apart, so the cents
  // text, without trailing zeros, is the shortest that reads back as `value`.
  if (!(abs >= 0.01 && abs < 1e13) || Number.isInteger(value)) return String(value);
  const cents = Math.round(abs * 100);
  if (cents / 100 !== abs) return String(value);
  const frac = cents % 100;
  const fracText = frac < 10 ? `0${frac}` : frac % 10 === 0 ? `${frac / 10}` : `${frac}`;
  return `${value < 0 ? '-' : ''}${(cents - frac) / 100}.${fracText}`;
}
