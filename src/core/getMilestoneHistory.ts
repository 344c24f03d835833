import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { MilestoneHistory } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * What rows `0..end` say about `level`. "Above" is `>` (`>=` with `atOrAbove`), as for milestones.
 * Attempts: sessions whose high went above the level but whose close did not (`null` without highs).
 * A crossing compares a close with the previous row's ("at or below, then above" is up). The gap rank
 * is filled in by the caller (`rankGaps`).
 */
export function getMilestoneHistory(
  series: PriceSeries,
  end: number,
  level: number,
  atOrAbove: boolean,
): Omit<MilestoneHistory, 'gapRank' | 'gapsRanked'> {
  const { close, high, days } = series;
  const above = atOrAbove ? (v: number) => v >= level : (v: number) => v > level;
  let attempts = 0;
  let up = 0;
  let down = 0;
  let lastAbove = -1;
  let wasAbove = above(close[0]);
  if (wasAbove) lastAbove = 0;
  else if (high !== null && above(high[0])) attempts++;
  for (let i = 1; i <= end; i++) {
    const isAbove = above(close[i]);
    if (isAbove) {
      lastAbove = i;
      if (!wasAbove) up++;
    } else {
      if (wasAbove) down++;
      if (high !== null && above(high[i])) attempts++;
    }
    wasAbove = isAbove;
  }
  return {
    level,
    attempts: high === null ? null : attempts,
    upCrossings: up,
    downCrossings: down,
    lastCloseAboveDate: lastAbove < 0 ? null : isoFromDayNumber(days[lastAbove]),
    aboveNow: wasAbove,
  };
}
