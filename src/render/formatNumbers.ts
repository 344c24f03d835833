import { formatDecimal } from '../formatDecimal.js';

/** Display formatting for the human formats (table, markdown). Machine formats never round. */

/** `6978.03` → `6,978.03`. */
export function formatPoints(value: number): string {
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
  const text = formatPoints(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}%`;
}

/** Points with their sign: `21.97` → `+21.97`. */
export function formatSignedPoints(value: number): string {
  const text = formatPoints(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}`;
}
