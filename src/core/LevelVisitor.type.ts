import type { MilestoneStatus } from './IndexReport.type.js';

/**
 * Receives an index's milestone levels in order (`MilestoneTracker.eachLevel`): the fields of a
 * `MilestoneRow` as plain numbers, dates as day numbers, and `NaN` where the row has `null`. Numbers
 * passed as arguments are never boxed on the heap, and a market-wide run writes 300,000 levels.
 */
export interface LevelVisitor {
  level(
    level: number,
    status: MilestoneStatus,
    touchDay: number,
    touchHigh: number,
    closeDay: number,
    close: number,
    tradingDays: number,
    calendarDays: number,
    touchToCloseSessions: number,
  ): void;
}
