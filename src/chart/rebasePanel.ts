import type { ChartPanel } from './ChartModel.type.js';

/** `panel` with prices divided so that its first close in the window is 100; levels and records dropped. */
export function rebasePanel(panel: ChartPanel): ChartPanel {
  const base = panel.close[0];
  const scale = (a: Float64Array | null) => (a === null ? null : a.map((v) => (v / base) * 100));
  const close = scale(panel.close) as Float64Array;
  const last = close.length - 1;
  return {
    ...panel,
    close,
    high: scale(panel.high),
    low: scale(panel.low),
    levels: [],
    recordClose: { day: panel.days[0], value: 100 },
    recordHigh: null,
    lastClose: { day: panel.days[last], value: close[last] },
    rebasedFrom: { day: panel.days[0], value: base },
  };
}
