import { decimalDifference } from './decimalDifference.js';
import type { Distance } from './IndexReport.type.js';

/** Signed distance from `close` to `level`: negative points and pct mean the close is below. */
export function getDistance(close: number, level: number): Distance {
  return { level, points: decimalDifference(close, level), pct: (close / level - 1) * 100, gainPct: (level / close - 1) * 100 };
}
