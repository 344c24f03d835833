import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { DrawdownEpisode, DrawdownLabel } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * Every fall from a record close at least `minDepthPct` deep (10 = 10%), over rows `0..end`, oldest first.
 *
 * An episode starts at the first close below the running record close; its peak is the last session
 * at that record before the fall. It ends (recovers) on the first close at or above the peak close;
 * that session starts the search for the next peak. The trough is the first session at the lowest
 * close in between. An episode still open at `end` is reported with `recoveryDate: null`, its trough
 * being the lowest close so far (the bug users hit elsewhere: open drawdowns dropped or mis-dated).
 */
export function findDrawdowns(series: PriceSeries, end: number, minDepthPct: number): DrawdownEpisode[] {
  const { close, days } = series;
  // Compare ratios, not rounded percentages: a fall from 100 to 80 is exactly a bear market.
  const maxRatio = 1 - minDepthPct / 100;
  const out: DrawdownEpisode[] = [];
  const emit = (peak: number, trough: number, recovery: number | null): void => {
    const ratio = close[trough] / close[peak];
    if (ratio > maxRatio) return;
    out.push({
      peakDate: isoFromDayNumber(days[peak]),
      peakClose: close[peak],
      troughDate: isoFromDayNumber(days[trough]),
      troughClose: close[trough],
      depthPct: (ratio - 1) * 100,
      recoveryDate: recovery === null ? null : isoFromDayNumber(days[recovery]),
      sessionsPeakToTrough: trough - peak,
      sessionsTroughToRecovery: recovery === null ? null : recovery - trough,
      label: labelFor(ratio),
    });
  };
  let peak = 0;
  let trough = -1; // −1: not in a drawdown
  for (let i = 1; i <= end; i++) {
    const c = close[i];
    if (c >= close[peak]) {
      if (trough >= 0) emit(peak, trough, i);
      trough = -1;
      peak = i;
    } else if (trough < 0 || c < close[trough]) {
      trough = i;
    }
  }
  if (trough >= 0) emit(peak, trough, null);
  return out;
}

function labelFor(ratio: number): DrawdownLabel {
  if (ratio <= 0.8) return 'bear market';
  if (ratio <= 0.9) return 'correction';
  return 'decline';
}
