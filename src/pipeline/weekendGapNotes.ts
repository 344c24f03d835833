import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { milestoneGap } from '../core/milestoneGap.js';

/**
 * Without a calendar (`--calendar` notes every gap against the exchange's sessions): each trading-day
 * gap that spans rows the data-quality checks flag as weekend sessions (a Sunday, or a Saturday after
 * May 1952) gets a note saying what the gap is without them: the Dow's 1,000 → 2,000 "3,573 trading
 * days without the weekend row of 1979-06-02", over `milestoneGap`'s days. One clause, no brackets:
 * the lede sets it in parentheses within a sentence.
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
    const rows = n === 1 ? 'the weekend row of' : `the ${formatDecimal(n, 0, 3)} weekend rows of`;
    return { ...row, gapNote: `${formatDecimal(row.tradingDays - n, 0, 3)} trading days without ${rows} ${shown}` };
  });
  return { ...report, milestones };
}
