import type { MilestoneRow } from '../core/IndexReport.type.js';
import type { LevelVisitor } from '../core/LevelVisitor.type.js';
import { parseIsoDate } from '../ingest/parseIsoDate.js';

/** Hands a report's milestone rows to `visitor`, as `MilestoneTracker.eachLevel` hands its levels. */
export function visitMilestoneRows(rows: readonly MilestoneRow[], visitor: LevelVisitor): void {
  const day = (iso: string | null): number => (iso === null ? NaN : (parseIsoDate(iso) ?? NaN));
  const num = (x: number | null): number => x ?? NaN;
  for (const r of rows) {
    visitor.level(r.level, r.status, day(r.firstTouchDate), num(r.firstTouchHigh), day(r.firstCloseDate), num(r.firstClose), num(r.tradingDays), num(r.calendarDays), num(r.touchToCloseSessions));
  }
}
