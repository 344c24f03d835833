import type { PriceSeries } from './PriceSeries.type.js';

/** Row of the last session on or before `day` (a day number), or −1 when there is none. Binary search. */
export function findEndIndex(series: PriceSeries, day: number | null): number {
  const { days } = series;
  if (day === null) return series.length - 1;
  let lo = 0;
  let hi = series.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
