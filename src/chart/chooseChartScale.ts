import type { ChartPanel } from './ChartModel.type.js';
import { chooseScaleKind } from './chooseScaleKind.js';
import { findValueExtent } from './findValueExtent.js';
import type { ScaleKind } from './Scale.type.js';

/** The scale for all panels: `forced` when given, else log when any panel spans more than 10×. */
export function chooseChartScale(panels: readonly ChartPanel[], forced: ScaleKind | null): ScaleKind {
  if (forced !== null) return forced;
  return panels.some((p) => {
    const { min, max } = findValueExtent(p);
    return chooseScaleKind(min, max) === 'log';
  })
    ? 'log'
    : 'linear';
}
