/** Most decimal places a price or level is taken to have (beyond, a value is not a typed decimal). */
const MAX_PLACES = 10;

/** The decimal places of `x` as written shortest: `6978.03` → 2, `7000` → 0 (at most `MAX_PLACES`). */
export function decimalPlaces(x: number): number {
  let scale = 1;
  for (let places = 0; places < MAX_PLACES; places++, scale *= 10) {
    if (Math.round(x * scale) / scale === x) return places;
  }
  return MAX_PLACES;
}

/**
 * `a − b` for two decimals (prices, levels), as the decimal it is: the difference of numbers of `p`
 * decimal places has at most `p`, so rounding the binary result to `p` places removes its float tail
 * (6978.03 − 7000 is −21.97, not −21.970000000000255). `toFixed` rounds the binary value itself: a
 * multiplication by 10^p first would round twice.
 */
export function decimalDifference(a: number, b: number): number {
  return Number((a - b).toFixed(Math.max(decimalPlaces(a), decimalPlaces(b))));
}
