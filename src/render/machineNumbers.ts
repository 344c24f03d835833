import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { DAY_NUMBER_KEYS } from '../core/dayNumberKeys.js';
import { decimalPlaces } from '../core/decimalDifference.js';

/** Decimal places of every percentage (and RSI, on the same 0–100 scale) in CSV, JSON and NDJSON. */
export const PCT_PLACES = 4;

/** Objects whose prices are computed (averages, EMAs), not read: rounded to the index's own decimal places. */
const COMPUTED_PRICES = new Set(['sma50', 'sma200', 'macd']);

/** Whether `key` names a percentage (`pct`, `changePct`, `pctFromAverage`) or the RSI. */
function isPctKey(key: string): boolean {
  return key === 'pct' || key === 'rsi14' || key.endsWith('Pct') || key.startsWith('pctFrom');
}

function round(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

/**
 * The one rule for numbers in machine formats: a percentage to `PCT_PLACES`; a price computed
 * inside `parent` (an average, an EMA) to `places`, the decimal places of the index's prices; all
 * else as is (prices as read, points already exact decimals, counts). `parent` is the key of the
 * object holding `key`.
 */
export function machineNumber(key: string, value: number, places: number, parent = ''): number {
  if (isPctKey(key)) return round(value, PCT_PLACES);
  if (COMPUTED_PRICES.has(parent) && key !== 'sessions') return round(value, places);
  return value;
}

/**
 * A column's values in CSV, JSON or NDJSON rows (`Column.key` names it) as `machineNumber` writes
 * them (a row holds no computed prices); the function is made once per column, not per cell.
 */
export function machineCells(key: string): <T>(value: T) => T {
  if (!isPctKey(key)) return (value) => value;
  return (value) => (typeof value === 'number' ? round(value, PCT_PLACES) : value) as typeof value;
}

/**
 * A copy of a JSON record (plain objects and arrays, at any depth) as the JSON writers print it:
 * a number under a date key (`DAY_NUMBER_KEYS`) as its ISO `YYYY-MM-DD`, every other number by
 * `machineNumber`. A record with a `close` (an index's report) sets the places of computed prices:
 * the most of its close, previous close, record close and record high.
 */
export function machineValues(value: unknown): unknown {
  return machineConverter(value)(value, '');
}

/**
 * `machineValues` for a record written a piece at a time (`jsonPieces`): converts a part of `record`,
 * held under the key `parent` (for a number, `parent` is its own key), with the record's places.
 */
export type MachineConverter = (part: unknown, parent: string) => unknown;

export function machineConverter(record: unknown): MachineConverter {
  const places = pricePlaces(record);
  return (part, parent) => (typeof part === 'number' ? numberUnder(parent, part, places, '') : convert(part, places, parent));
}

function numberUnder(key: string, v: number, places: number, parent: string): unknown {
  return DAY_NUMBER_KEYS.has(key) ? isoFromDayNumber(v) : machineNumber(key, v, places, parent);
}

function convert(value: unknown, places: number, parent: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => convert(v, places, parent));
  const out: Record<string, unknown> = { ...value };
  for (const key in out) {
    const v = out[key];
    if (typeof v === 'number') out[key] = numberUnder(key, v, places, parent);
    else if (v !== null && typeof v === 'object') out[key] = convert(v, places, key);
  }
  return out;
}

function pricePlaces(value: unknown): number {
  const r = value as { close?: unknown; previousClose?: unknown; recordClose?: { value?: unknown } | null; recordHigh?: { value?: unknown } | null } | null;
  if (r === null || typeof r !== 'object') return 2;
  const prices = [r.close, r.previousClose, r.recordClose?.value, r.recordHigh?.value].filter((x): x is number => typeof x === 'number');
  return prices.length === 0 ? 2 : Math.max(...prices.map(decimalPlaces));
}
