/**
 * Relative strength index of the closes up to row `end`, 0–100, with Wilder's smoothing as TradingView
 * computes it: the first averages are the simple means of the first `period` gains and losses (rows
 * 1..period), then avg = (avg × (period − 1) + today) ÷ period. Because the smoothing never forgets,
 * the value depends on where the data starts. `null` before `period` changes exist. 100 when the
 * average loss is 0.
 */
export function getRsi(close: Float64Array, end: number, period = 14): number | null {
  if (end < period) return null;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const change = close[i] - close[i - 1];
    if (change > 0) gain += change;
    else loss -= change;
  }
  gain /= period;
  loss /= period;
  for (let i = period + 1; i <= end; i++) {
    const change = close[i] - close[i - 1];
    gain = (gain * (period - 1) + (change > 0 ? change : 0)) / period;
    loss = (loss * (period - 1) + (change < 0 ? -change : 0)) / period;
  }
  return loss === 0 ? 100 : 100 - 100 / (1 + gain / loss);
}
