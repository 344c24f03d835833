import type { ChartLevel } from './ChartModel.type.js';
import { countOnOrBefore } from '../calendar/countOnOrBefore.js';

export interface WindowRequest {
  /** First day to show (day number), or `null` for the default. */
  readonly fromDay: number | null;
  /** Last day to show (day number), or `null` for the last session. */
  readonly toDay: number | null;
  /** Start so that the last two milestones are visible (when the user chose levels). */
  readonly focusLastMilestones: boolean;
}

/** Row range `[start, end)` of the sessions to draw. */
export interface SessionWindow {
  readonly start: number;
  readonly end: number;
}

/** Sessions before the earlier of the last two milestones: a tenth of the rows after it, at least this many. */
const MIN_LEAD_SESSIONS = 20;

/**
 * The sessions to draw from `days` (ascending day numbers). Without `fromDay` the window starts at
 * the first session, or, with `focusLastMilestones`, a little before the earlier of the last two
 * milestone events (first close, or first touch for a pending level). Returns `null` when no
 * session falls inside.
 */
export function chooseChartWindow(days: Int32Array, levels: readonly ChartLevel[], request: WindowRequest): SessionWindow | null {
  const end = request.toDay === null ? days.length : countOnOrBefore(days, request.toDay);
  let start = 0;
  if (request.fromDay !== null) {
    start = countOnOrBefore(days, request.fromDay - 1);
  } else if (request.focusLastMilestones) {
    const events = levels
      .map((l) => (l.firstClose ?? l.firstTouch)?.day)
      .filter((day): day is number => day !== undefined && day <= (days[end - 1] ?? -Infinity));
    if (events.length >= 1) {
      const earlier = events.length >= 2 ? Math.min(events[events.length - 1], events[events.length - 2]) : events[0];
      const row = countOnOrBefore(days, earlier - 1);
      start = Math.max(0, row - Math.max(MIN_LEAD_SESSIONS, Math.round((end - 1 - row) / 10)));
    }
  }
  return start < end ? { start, end } : null;
}
