import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { milestoneGap } from '../core/milestoneGap.js';

/**
 * Without a calendar (`--calendar` notes every gap against the exchange's sessions): each trading-day
 * gap that spans rows the data-quality checks flag as weekend sessions (a Sunday, or a Saturday after
 * May 1952) gets a note saying so, and what the gap is without them: the Dow's 1,000 → 2,000 "gap
 * spans 1 weekend row (1979-06-02): 3,573 trading days without it", over `milestoneGap`'s days.
 */
export function withWeekendGapNotes(report: IndexReport, flagged: readonly InputWarning[]): IndexReport {
  if (report.calendar !== undefined) return report;
  const weekend = flagged.filter((w) => w.kind === 'weekendRows').flatMap((w) => w.rows.map((row) => row.date));
  const days = weekend.filter((day): day is number => day !== null);
  if (days.length === 0) return report;
  const milestones = report.milestones.map((row, slot) => {
    const gap = milestoneGap(report, slot);
    if (gap === null || row.tradingDays === null) return row;
    const inGap = days.filter((day) => day > gap.after && day <= gap.upTo);
    const n = inGap.length;
    if (n === 0) return row;
    const shown = `${inGap.slice(0, 3).map(isoFromDayNumber).join(', ')}${n > 3 ? ', …' : ''}`;
    const without = `${formatDecimal(row.tradingDays - n, 0, 3)} trading days without ${n === 1 ? 'it' : 'them'}`;
    return { ...row, gapNote: `gap spans ${formatDecimal(n, 0, 3)} weekend row${n === 1 ? '' : 's'} (${shown}): ${without}` };
  });
  return { ...report, milestones };
}
