import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { InputWarning } from '../errors.js';

/**
 * A warning for each index whose data ends before `--as-of`: its figures are as of its last session,
 * not the date asked for, and a reader comparing indexes must be told.
 */
export function staleDataWarnings(
  indexes: readonly { readonly symbol: string; readonly source: string; readonly asOf: string }[],
  asOfDay: number | null,
): InputWarning[] {
  if (asOfDay === null) return [];
  const asked = isoFromDayNumber(asOfDay);
  return indexes
    .filter((index) => index.asOf < asked)
    .map((index) => ({
      source: index.source,
      line: null,
      message: `${index.symbol} data ends ${index.asOf}, before --as-of ${asked}; its figures are as of ${index.asOf}`,
    }));
}
