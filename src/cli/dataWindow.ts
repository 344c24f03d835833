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
 * The one rule for a data window that ends before `--as-of`, for every command: a warning naming the
 * last session and how many calendar days it lies before the requested date, whose figures are then
 * as of that session. Without `--as-of` nothing is compared with any clock.
 */
export function staleDataWarnings(indexes: readonly IndexData[], asOfDay: number | null): InputWarning[] {
  if (asOfDay === null) return [];
  return indexes
    .filter((index) => index.lastDay < asOfDay)
    .map((index) => ({ kind: 'staleData', source: index.source, line: null, count: 1, rows: [], message: staleMessage(index, asOfDay) }));
}

/** `check`'s refusal to answer from data ending more than `CHECK_MAX_STALE_DAYS` before `--as-of` (unless `--allow-stale`). */
export function refuseStaleData(indexes: readonly IndexData[], asOfDay: number | null): void {
  if (asOfDay === null) return;
  const stale = indexes.find((index) => asOfDay - index.lastDay > CHECK_MAX_STALE_DAYS);
  if (stale !== undefined) {
    throw new InputError(stale.source, null, `${staleMessage(stale, asOfDay)}: too old to answer for that date (--allow-stale answers from it)`);
  }
}

function staleMessage(index: IndexData, asOfDay: number): string {
  const ends = isoFromDayNumber(index.lastDay);
  const days = asOfDay - index.lastDay;
  return `${index.symbol} data ends ${ends}, ${formatDecimal(days, 0, 3)} calendar day${days === 1 ? '' : 's'} before --as-of ${isoFromDayNumber(asOfDay)}; its figures are as of ${ends}`;
}
