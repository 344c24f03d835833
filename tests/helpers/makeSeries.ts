import { toDayNumber } from '../../src/calendar/dayNumber.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';

/** A series from `[isoDate, close, high?]` rows, already in ascending order. */
export function makeSeries(rows: readonly (readonly [string, number, number?])[], symbol = 'TEST'): PriceSeries {
  const hasHigh = rows.every((r) => r[2] !== undefined);
  return {
    symbol,
    source: 'test',
    length: rows.length,
    days: Int32Array.from(rows.map(([d]) => dayOf(d))),
    close: Float64Array.from(rows.map((r) => r[1])),
    high: hasHigh ? Float64Array.from(rows.map((r) => r[2] as number)) : null,
    low: null,
    lines: Int32Array.from(rows.map((_, i) => i + 2)),
  };
}

export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return toDayNumber(y, m, d);
}
