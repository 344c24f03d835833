import type { DayNumberKey } from '../../src/core/dayNumberKeys.js';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { DAY_NUMBER_KEYS } from '../../src/core/dayNumberKeys.js';

/** `T` with its day-number fields (`DAY_NUMBER_KEYS`) as ISO `YYYY-MM-DD` text, at any depth. */
export type IsoDates<T> = T extends readonly (infer U)[]
  ? IsoDates<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: K extends DayNumberKey ? (null extends T[K] ? string | null : string) : IsoDates<T[K]> }
    : T;

/**
 * `value` with its day numbers as ISO text, by the date rule the JSON writers use (a number under a
 * `DAY_NUMBER_KEYS` key), numbers otherwise untouched (no rounding, no JSON round trip, so `-0` stays
 * `-0`): for comparing reports with references that speak ISO dates.
 */
export function isoDatesOf<T>(value: T): IsoDates<T> {
  return withIsoDates(value) as IsoDates<T>;
}

function withIsoDates(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withIsoDates);
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, typeof v === 'number' && DAY_NUMBER_KEYS.has(key) ? isoFromDayNumber(v) : withIsoDates(v)]),
  );
}
