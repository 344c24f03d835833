import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * Dates of the latest golden cross (the `fast`-session SMA goes above the `slow` one: at or below on
 * the previous row, above on this one) and death cross (at or above, then below) up to row `end`.
 * Only rows where both averages exist on this and the previous row count.
 */
export function findMovingAverageCrosses(
  series: PriceSeries,
  end: number,
  fast = 50,
  slow = 200,
): { goldenCrossDate: string | null; deathCrossDate: string | null } {
  const { close, days } = series;
  let golden = -1;
  let death = -1;
  if (end >= slow) {
    // Running sums; each window re-summed every 1,000 rows to keep rounding drift away.
    let fastSum = 0;
    let slowSum = 0;
    for (let i = slow - fast; i < slow; i++) fastSum += close[i];
    for (let i = 0; i < slow; i++) slowSum += close[i];
    let prevDiff = fastSum / fast - slowSum / slow;
    for (let i = slow; i <= end; i++) {
      if (i % 1000 === 0) {
        fastSum = sumOf(close, i - fast + 1, i);
        slowSum = sumOf(close, i - slow + 1, i);
      } else {
        fastSum += close[i] - close[i - fast];
        slowSum += close[i] - close[i - slow];
      }
      const diff = fastSum / fast - slowSum / slow;
      if (prevDiff <= 0 && diff > 0) golden = i;
      if (prevDiff >= 0 && diff < 0) death = i;
      prevDiff = diff;
    }
  }
  return {
    goldenCrossDate: golden < 0 ? null : isoFromDayNumber(days[golden]),
    deathCrossDate: death < 0 ? null : isoFromDayNumber(days[death]),
  };
}

function sumOf(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += values[i];
  return sum;
}
