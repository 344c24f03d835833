import { UsageError } from '../errors.js';
import { parseDateOption } from './parsers.js';

/** How far UTC+14 (the Line Islands) is ahead of UTC: its date is the latest on Earth. */
const LATEST_ZONE_MS = 14 * 3600 * 1000;
const DAY_MS = 86_400_000;

/**
 * The run's date as a day number, what a row dated after it is flagged against: `MILESTONES_TODAY`
 * (`YYYY-MM-DD`) when set, so that a run can be reproduced; otherwise the date where it is latest on
 * Earth at `now` (UTC+14), so a session dated today anywhere is never called a future one.
 */
export function runDate(setting: string | undefined, now: number): number {
  if (setting === undefined || setting === '') return Math.floor((now + LATEST_ZONE_MS) / DAY_MS);
  try {
    return parseDateOption(setting);
  } catch (error) {
    throw new UsageError(`MILESTONES_TODAY: ${(error as Error).message}`);
  }
}
