import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { InputError, type InputWarning, LISTED_ROWS } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';

/** A row dropped because it repeats an earlier row of the same date with identical values. */
export interface DroppedRow {
  /** Line of the row kept, and of the row dropped (the later line of the two). */
  readonly keptLine: number;
  readonly line: number;
  readonly day: number;
}

/** Whether two rows of the same date carry the same prices (`NaN` equals `NaN`: an absent column). */
export function samePrices(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

/** The error for two rows of one date with different values. */
export function conflictError(source: string, symbol: string, day: number, lineA: number, lineB: number): InputError {
  const [first, second] = lineA < lineB ? [lineA, lineB] : [lineB, lineA];
  const who = symbol ? `${symbol} ` : '';
  return new InputError(source, second, `${who}date ${isoFromDayNumber(day)} also on line ${first} with different values`);
}

/**
 * One summary warning for the `n` identical repeats dropped from an index, the first three named:
 * `dropped` holds them, or (rows streamed in file order) only the first `listed`, as many as it lists.
 */
export function duplicateWarning(source: string, dropped: readonly DroppedRow[], n = dropped.length, listed = LISTED_ROWS): InputWarning {
  const pairs = dropped
    .map((d) => [Math.min(d.keptLine, d.line), Math.max(d.keptLine, d.line), d.day] as const)
    .sort((x, y) => x[1] - y[1]);
  const shown = pairs.slice(0, 3).map(([a, b, day]) => `line ${b} repeats line ${a} (${isoFromDayNumber(day)})`);
  const what = n === 1 ? 'duplicate row dropped' : `${formatDecimal(n, 0, 3)} duplicate rows dropped`;
  const rows = pairs.slice(0, listed).map(([, line, date]) => ({ line, date }));
  return { kind: 'duplicateRows', source, line: pairs[0][1], count: n, rows, message: `${what} (same date and prices as an earlier row): ${shown.join(', ')}${n > 3 ? ', …' : ''}` };
}
