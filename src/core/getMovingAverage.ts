import type { MovingAverage } from './MarketContext.type.js';

/** Simple moving average of the `sessions` closes ending at row `end`; `null` with fewer rows. */
export function getMovingAverage(close: Float64Array, end: number, sessions: number): MovingAverage | null {
  if (end + 1 < sessions) return null;
  let sum = 0;
  for (let i = end - sessions + 1; i <= end; i++) sum += close[i];
  const value = sum / sessions;
  return { sessions, value, pctFromAverage: (close[end] / value - 1) * 100 };
}
