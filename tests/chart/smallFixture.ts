import { buildChartPanel } from '../../src/chart/buildChartPanel.js';
import type { ChartModel, ChartPanel } from '../../src/chart/ChartModel.type.js';
import { computeIndexReport } from '../helpers/computeIndexReport.js';
import { readSeries } from '../helpers/readSeries.js';

/**
 * Eleven sessions on consecutive calendar days 2024-01-01 … 2024-01-11 (day offsets 0 … 10), highs
 * close + 5 and lows close − 5, except the last high, 305. With 100-point steps, worked by hand:
 * - levels 100, 200, 300 (the record high 305 is above 300);
 * - 100 first closed above on row 2 (2024-01-03, 105), 200 on row 6 (2024-01-07, 205): 6 − 2 = 4
 *   trading days; 300 touched on row 10 (2024-01-11, high 305), never closed above: pending;
 * - record close 250 on the last row; lowest low 85 (row 0), highest high 305 (row 10).
 */
export const SMALL_CSV = [
  'date,high,low,close',
  ...[90, 95, 105, 110, 120, 150, 205, 210, 190, 240, 250].map(
    (close, i) => `2024-01-${String(i + 1).padStart(2, '0')},${i === 10 ? 305 : close + 5},${close - 5},${close}`,
  ),
].join('\n');

export function smallPanel(): ChartPanel {
  const [series] = readSeries(SMALL_CSV, 'small.csv').series;
  const config = { plan: { kind: 'step', step: 100 } as const, atOrAbove: false, inclusive: false, target: null };
  const report = computeIndexReport(series, config);
  if (report === null) throw new Error('no report');
  return buildChartPanel(series, report, { start: 0, end: series.length }, 100);
}

export function smallModel(): ChartModel {
  const panel = smallPanel();
  return { panels: [panel], span: { first: panel.days[0], last: panel.days[panel.days.length - 1] }, normalize: false, scale: 'linear' };
}

