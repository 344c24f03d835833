/** Display formatting for the human formats (table, markdown). Machine formats never round. */

const points = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const level = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `6978.03` → `6,978.03`. */
export function formatPoints(value: number): string {
  return points.format(value);
}

/** A milestone level as written: `7000` → `7,000`, `2.5` → `2.5`. */
export function formatLevel(value: number): string {
  return level.format(value);
}

/** A count: `4168` → `4,168`. */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** A percentage with its sign: `-0.4217` → `-0.42%`, `0.3` → `+0.30%`. */
export function formatPct(value: number): string {
  const text = points.format(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}%`;
}

/** Points with their sign: `21.97` → `+21.97`. */
export function formatSignedPoints(value: number): string {
  const text = points.format(Math.abs(value));
  const sign = text === '0.00' ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}`;
}
