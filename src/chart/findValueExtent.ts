import type { ChartLevel, ChartPanel } from './ChartModel.type.js';

export interface ValueExtent {
  /** Lowest low (or close) and highest high (or close) in the window, widened to take in `levels`. */
  readonly min: number;
  readonly max: number;
  /** The milestone levels inside `min`..`max`, ascending. */
  readonly levels: readonly ChartLevel[];
}

/** How far above the data the next milestone may be and still be drawn: a fraction of the data's span. */
const NEXT_LEVEL_REACH = 0.15;

/**
 * The values the panel must show: every session's low..high (close where missing; a flat window
 * widened by 1% either side), the levels inside that range, and the first level above it when it is
 * within 15% of the range's span.
 */
export function findValueExtent(panel: ChartPanel): ValueExtent {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < panel.close.length; i++) {
    const c = panel.close[i];
    const h = panel.high?.[i];
    const l = panel.low?.[i];
    const top = h !== undefined && h > c ? h : c;
    const bottom = l !== undefined && l < c ? l : c;
    if (top > max) max = top;
    if (bottom < min) min = bottom;
  }
  if (min === max) {
    // A flat window: 1% either side, so that the axis has two values and the line a place between them.
    min *= 0.99;
    max *= 1.01;
  }
  const next = panel.levels.find((l) => l.level > max);
  if (next !== undefined && next.level - max <= NEXT_LEVEL_REACH * (max - min)) max = next.level;
  const levels = panel.levels.filter((l) => l.level >= min && l.level <= max);
  return { min, max, levels };
}
