import { formatDecimal } from '../formatDecimal.js';

/** Display formatting for the human formats (table, markdown). Machine formats never round. */

/**
 * Index points: `6978.03` → `6,978.03`. Below 1, three significant digits (`0.0128`, `0.000159`): two
 * places would print a price of 0.0128 as 0.01, and its change as 0.00.
 */
export function formatPoints(value: number): string {
  const size = Math.abs(value);
  return formatDecimal(value, 2, size > 0 && size < 1 ? Math.min(2 - Math.floor(Math.log10(size)), 10) : 2);
}

/** A percentage's number, to two places: `0.3139` → `0.31` (no sign, no `%`). */
export function formatPctNumber(value: number): string {
  return formatDecimal(value, 2, 2);
}

/** A milestone level as written: `7000` → `7,000`, `2.5` → `2.5`. */
export function formatLevel(value: number): string {
  return formatDecimal(value, 0, 6);
}

/** A count: `4168` → `4,168`. */
export function formatCount(value: number): string {
  return formatDecimal(value, 0, 0);
}

/** A percentage with its sign: `-0.4217` → `-0.42%`, `0.3` → `+0.30%`. */
export function formatPct(value: number): string {
  const text = formatPctNumber(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}%`;
}

/** Points with their sign: `21.97` → `+21.97`. */
export function formatSignedPoints(value: number): string {
  const text = formatPoints(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}`;
}
