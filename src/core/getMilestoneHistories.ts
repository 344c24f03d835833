import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { MilestoneHistory } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

export type LevelHistory = Omit<MilestoneHistory, 'gapRank' | 'gapsRanked'>;

/**
 * What rows `0..end` say about each of `levels` (ascending). "Above" is `>` (`>=` with `atOrAbove`),
 * as for milestones.
 * - attempts: sessions whose high went above the level but whose close did not (`null` without highs);
 * - up-crossings: closes above the level after a close at or below it on the previous row; down: the reverse;
 * - the last session that closed above it, and whether the last close is above it.
 *
 * One pass over the rows, however many levels: a session affects a contiguous run of levels (those
 * between its previous close and its close, or between its close and its high), found by binary
 * search and counted with difference arrays. O(rows × log levels + levels).
 */
export function getMilestoneHistories(
  series: PriceSeries,
  end: number,
  levels: readonly number[],
  atOrAbove: boolean,
): LevelHistory[] {
  const { close, high, days } = series;
  const n = levels.length;
  // countBelow(v): how many levels v is above; they are levels[0 .. countBelow(v) − 1].
  const countBelow = (v: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atOrAbove ? v >= levels[mid] : v > levels[mid]) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const attempts = new Int32Array(n + 1);
  const up = new Int32Array(n + 1);
  const down = new Int32Array(n + 1);
  const addRange = (diff: Int32Array, from: number, to: number): void => {
    diff[from]++;
    diff[to]--;
  };
  let prev = -1;
  for (let i = 0; i <= end; i++) {
    const below = countBelow(close[i]);
    if (high !== null && high[i] > close[i]) {
      const reach = countBelow(high[i]);
      if (reach > below) addRange(attempts, below, reach);
    }
    if (prev >= 0 && below > prev) addRange(up, prev, below);
    if (prev >= 0 && below < prev) addRange(down, below, prev);
    prev = below;
  }
  // Last close above each level: walking back from the end, the running count of levels closed
  // above only grows; each level gets the first (latest) row that covers it.
  const lastAbove = new Int32Array(n).fill(-1);
  let covered = 0;
  for (let i = end; i >= 0 && covered < n; i--) {
    const below = countBelow(close[i]);
    for (; covered < below; covered++) lastAbove[covered] = i;
  }
  const out: LevelHistory[] = [];
  let a = 0;
  let u = 0;
  let d = 0;
  for (let k = 0; k < n; k++) {
    a += attempts[k];
    u += up[k];
    d += down[k];
    out.push({
      level: levels[k],
      attempts: high === null ? null : a,
      upCrossings: u,
      downCrossings: d,
      lastCloseAboveDate: lastAbove[k] < 0 ? null : isoFromDayNumber(days[lastAbove[k]]),
      aboveNow: k < prev,
    });
  }
  return out;
}
