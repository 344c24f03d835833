import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { InputError, type InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';

/** An index's data as read: its name, file and last session used (day number). */
interface IndexData {
  readonly symbol: string;
  readonly source: string;
  readonly lastDay: number;
}

/** How many calendar days `check` lets the data end before an explicit `--as-of` (a week: a holiday weekend and then some). */
export const CHECK_MAX_STALE_DAYS = 7;

/**
 * The run's date, which data ending early are measured against: `--as-of`; without it, the latest
 * session of any index in the run (an index behind the others, as a table's caption names it). No
 * clock is read. `before` says what the date is, for the messages.
 */
function runDate(indexes: readonly IndexData[], asOfDay: number | null): { day: number; before: string } {
  if (asOfDay !== null) return { day: asOfDay, before: `--as-of ${isoFromDayNumber(asOfDay)}` };
  const day = Math.max(...indexes.map((index) => index.lastDay));
  return { day, before: `the latest session in the run, ${isoFromDayNumber(day)}` };
}

/**
 * The one rule for a data window that ends early, for every command: a warning naming the index's
 * last session and how many calendar days it lies before the run's date, its figures being as of that
 * session.
 */
export function staleDataWarnings(indexes: readonly IndexData[], asOfDay: number | null): InputWarning[] {
  const run = runDate(indexes, asOfDay);
  return indexes
    .filter((index) => index.lastDay < run.day)
    .map((index) => ({ kind: 'staleData', source: index.source, line: null, count: 1, rows: [], message: staleMessage(index, run.day, run.before) }));
}

/** `check`'s refusal to answer from data ending more than `CHECK_MAX_STALE_DAYS` before the run's date (unless `--allow-stale`). */
export function refuseStaleData(indexes: readonly IndexData[], asOfDay: number | null): void {
  const run = runDate(indexes, asOfDay);
  const stale = indexes.find((index) => run.day - index.lastDay > CHECK_MAX_STALE_DAYS);
  if (stale !== undefined) {
    throw new InputError(stale.source, null, `${staleMessage(stale, run.day, run.before)}: too old to answer for that date (--allow-stale answers from it)`);
  }
}

/** `before`: what `runDay` is (`--as-of 2026-01-28`). */
function staleMessage(index: IndexData, runDay: number, before: string): string {
  const ends = isoFromDayNumber(index.lastDay);
  const days = runDay - index.lastDay;
  return `${index.symbol} data ends ${ends}, ${formatDecimal(days, 0, 3)} calendar day${days === 1 ? '' : 's'} before ${before}; its figures are as of ${ends}`;
}
