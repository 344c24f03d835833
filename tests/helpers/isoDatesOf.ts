import type { DayNumberKey } from '../../src/core/dayNumberKeys.js';
import { withIsoDates } from '../../src/render/isoDates.js';

/** `T` with its day-number fields (`DAY_NUMBER_KEYS`) as ISO `YYYY-MM-DD` text, at any depth. */
export type IsoDates<T> = T extends readonly (infer U)[]
  ? IsoDates<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: K extends DayNumberKey ? (null extends T[K] ? string | null : string) : IsoDates<T[K]> }
    : T;

/**
 * `value` with its day numbers as ISO text, by the rule the JSON writers use (`withIsoDates`; no
 * JSON round trip, so `-0` stays `-0`): for comparing reports with references that speak ISO dates.
 */
export function isoDatesOf<T>(value: T): IsoDates<T> {
  return withIsoDates(value) as IsoDates<T>;
}
