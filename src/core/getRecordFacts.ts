import { fromDayNumber, isoFromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { CurrentDrawdown, RecordFacts } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';

/**
 * Record-close facts over rows `0..end`: how long since the record close (its first session), how
 * many record closes each calendar year had, and the drawdown the index is in now.
 */
export function getRecordFacts(series: PriceSeries, end: number): RecordFacts {
  const { close, days } = series;
  const firstYear = fromDayNumber(days[0]).year;
  const counts = new Array<number>(fromDayNumber(days[end]).year - firstYear + 1).fill(0);
  let record = close[0];
  let recordRow = 0;
  // Track the calendar year by its end rather than converting every row's date.
  let year = firstYear;
  let nextYearDay = toDayNumber(year + 1, 1, 1);
  for (let i = 1; i <= end; i++) {
    while (days[i] >= nextYearDay) nextYearDay = toDayNumber(++year + 1, 1, 1);
    if (close[i] > record) {
      record = close[i];
      recordRow = i;
      counts[year - firstYear]++;
    }
  }
  return {
    sessionsSinceRecordClose: end - recordRow,
    calendarDaysSinceRecordClose: days[end] - days[recordRow],
    recordClosesByYear: counts.map((count, k) => ({ year: firstYear + k, count })),
    currentDrawdown: currentDrawdown(series, end, record),
  };
}

function currentDrawdown(series: PriceSeries, end: number, record: number): CurrentDrawdown | null {
  const { close, days } = series;
  const last = close[end];
  if (last >= record) return null;
  let peak = end;
  while (close[peak] !== record) peak--;
  let trough = peak + 1;
  for (let i = peak + 2; i <= end; i++) if (close[i] < close[trough]) trough = i;
  return {
    peakDate: isoFromDayNumber(days[peak]),
    peakClose: record,
    troughDate: isoFromDayNumber(days[trough]),
    troughClose: close[trough],
    maxDepthPct: (close[trough] / record - 1) * 100,
    depthPct: (last / record - 1) * 100,
    sessions: end - peak,
    gainToRecordPct: (record / last - 1) * 100,
  };
}
