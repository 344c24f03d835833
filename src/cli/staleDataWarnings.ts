import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { InputWarning } from '../errors.js';

/**
 * A warning for each index whose data ends before `--as-of`: its figures are as of its last session,
 * not the date asked for, and a reader comparing indexes must be told.
 */
export function staleDataWarnings(
  indexes: readonly { readonly symbol: string; readonly source: string; readonly asOf: number }[],
  asOfDay: number | null,
): InputWarning[] {
  if (asOfDay === null) return [];
  const asked = isoFromDayNumber(asOfDay);
  return indexes
    .filter((index) => index.asOf < asOfDay)
    .map((index) => {
      const ends = isoFromDayNumber(index.asOf);
      return { source: index.source, line: null, message: `${index.symbol} data ends ${ends}, before --as-of ${asked}; its figures are as of ${ends}` };
    });
}
