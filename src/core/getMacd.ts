import type { Macd } from './MarketContext.type.js';

/**
 * MACD(fast, slow, signal) of the closes up to row `end`. Each EMA uses k = 2 ÷ (N + 1) and is seeded
 * with the simple mean of its first N inputs (TradingView's and TA-Lib's convention), so EMA(26) starts
 * at row 25 and the signal, an EMA(9) of the line, at row 25 + 8 = 33. `null` before that.
 */
export function getMacd(close: Float64Array, end: number, fast = 12, slow = 26, signal = 9): Macd | null {
  const lineStart = slow - 1;
  if (end < lineStart + signal - 1) return null;
  const kFast = 2 / (fast + 1);
  const kSlow = 2 / (slow + 1);
  const kSignal = 2 / (signal + 1);
  let emaFast = 0;
  for (let i = 0; i < fast; i++) emaFast += close[i];
  emaFast /= fast;
  let emaSlow = 0;
  for (let i = 0; i < slow; i++) emaSlow += close[i];
  emaSlow /= slow;
  for (let i = fast; i <= lineStart; i++) emaFast += kFast * (close[i] - emaFast);
  let line = emaFast - emaSlow;
  let signalSum = line;
  let signalEma = NaN;
  for (let i = lineStart + 1; i <= end; i++) {
    emaFast += kFast * (close[i] - emaFast);
    emaSlow += kSlow * (close[i] - emaSlow);
    line = emaFast - emaSlow;
    const n = i - lineStart + 1; // how many line values so far
    if (n < signal) signalSum += line;
    else if (n === signal) signalEma = (signalSum + line) / signal;
    else signalEma += kSignal * (line - signalEma);
  }
  return { line, signal: signalEma, histogram: line - signalEma };
}
