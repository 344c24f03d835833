import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';

/**
 * A warning naming the intraday facts of `report` (first touches, the record high) that rest on rows
 * with no intraday range (open = high = low = close): there the "high" is only the close, so the real
 * first touch may have come earlier. `null` when no such fact is reported.
 */
export function warnFlatRowFacts(report: IndexReport, isFlatDay: (day: number) => boolean): InputWarning | null {
  if (report.recordHigh === null) return null;
  const facts: string[] = [];
  for (const m of report.milestones) {
    const day = m.firstTouchDate;
    if (day !== null && isFlatDay(day)) facts.push(`first touch of ${formatDecimal(m.level, 0, 3)} (${isoFromDayNumber(day)})`);
  }
  if (isFlatDay(report.recordHigh.date)) facts.push(`record high (${isoFromDayNumber(report.recordHigh.date)})`);
  if (facts.length === 0) return null;
  const shown = facts.length > 4 ? `${facts.slice(0, 3).join(', ')} and ${facts.length - 3} more` : facts.join(', ');
  return {
    kind: 'flatRowFacts',
    source: report.source,
    symbol: report.symbol,
    line: null,
    count: facts.length,
    rows: [],
    message: `${report.symbol}: ${shown} ${facts.length === 1 ? 'rests' : 'rest'} on rows with no intraday range (open = high = low = close), so ${facts.length === 1 ? 'it is a close' : 'they are closes'}, not intraday highs`,
  };
}
