import type { IndexReport } from '../../src/core/IndexReport.type.js';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../../src/core/MilestoneTracker.js';
import { PRICE } from '../../src/core/PRICE.js';
import { withKnownIndex } from '../../src/registry/knownIndexFacts.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';

/**
 * The milestone report of `series` using the sessions on or before `asOfDay` (a day number; all
 * sessions when `null`). Returns `null` when no session is on or before `asOfDay`.
 */
export function computeIndexReport(
  series: PriceSeries,
  config: MilestoneConfig,
  asOfDay: number | null = null,
): IndexReport | null {
  const tracker = new MilestoneTracker(config, { high: series.high !== null, low: false });
  const { days, close, high } = series;
  const prices = new Float64Array(4).fill(NaN);
  for (let i = 0; i < series.length; i++) {
    if (asOfDay !== null && days[i] > asOfDay) break;
    prices[PRICE.high] = high === null ? NaN : high[i];
    prices[PRICE.close] = close[i];
    tracker.push(days[i], prices);
  }
  return tracker.sessions === 0 ? null : withKnownIndex(tracker.report(series.symbol, series.source));
}
