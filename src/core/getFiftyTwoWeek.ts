import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { oneYearBefore } from '../calendar/oneYearBefore.js';
import type { DatedValue } from './IndexReport.type.js';
import type { FiftyTwoWeek } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * 52-week high and low of row `end`: over the sessions dated after the same calendar date one year
 * earlier, up to `end`. `null` when the data starts after that date (a partial year is not 52 weeks).
 * Ties are dated by their first session. Intraday values use the high (low) column; a defective row
 * whose high is below its close (low above it) counts its close, as milestones do.
 */
export function getFiftyTwoWeek(series: PriceSeries, end: number): FiftyTwoWeek | null {
  const { days, close, high, low } = series;
  const from = oneYearBefore(days[end]);
  if (days[0] > from) return null;
  let start = end;
  while (start > 0 && days[start - 1] > from) start--;
  let hiC = start;
  let loC = start;
  let hi = start;
  let lo = start;
  const reachUp = (i: number): number => (high !== null && high[i] > close[i] ? high[i] : close[i]);
  const reachDown = (i: number): number => (low !== null && low[i] < close[i] ? low[i] : close[i]);
  for (let i = start + 1; i <= end; i++) {
    if (close[i] > close[hiC]) hiC = i;
    if (close[i] < close[loC]) loC = i;
    if (reachUp(i) > reachUp(hi)) hi = i;
    if (reachDown(i) < reachDown(lo)) lo = i;
  }
  const at = (i: number, value: number): DatedValue => ({ date: isoFromDayNumber(days[i]), value });
  const last = close[end];
  const range = close[hiC] - close[loC];
  return {
    fromDate: isoFromDayNumber(days[start]),
    highClose: at(hiC, close[hiC]),
    lowClose: at(loC, close[loC]),
    high: high === null ? null : at(hi, reachUp(hi)),
    low: low === null ? null : at(lo, reachDown(lo)),
    pctFromHighClose: (last / close[hiC] - 1) * 100,
    pctFromHigh: high === null ? null : (last / reachUp(hi) - 1) * 100,
    rangePositionPct: range > 0 ? ((last - close[loC]) / range) * 100 : null,
  };
}
