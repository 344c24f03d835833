import type { ChartPanel } from './ChartModel.type.js';
import { chooseDateTicks, type DateTick } from './chooseDateTicks.js';
import { chooseValueTicks, type ValueTicks } from './chooseValueTicks.js';
import { findValueExtent, type ValueExtent } from './findValueExtent.js';
import { makeScale } from './makeScale.js';
import type { Box } from './placeLabels.js';
import type { Scale, ScaleKind } from './Scale.type.js';

/** Sizes of the SVG layout, in pixels. */
export const SVG_LAYOUT = {
  /** Title and a one-line subtitle above each panel's plot. */
  header: 78,
  /** Each further subtitle line. */
  subtitleLine: 18,
  /** Date labels below the plot. */
  xAxis: 30,
  tickFont: 14,
  /** Average glyph advance of the chart font, in ems (DejaVu Sans digits are 0.636). */
  charWidth: 0.62,
  gapLeft: 12,
} as const;

export interface PanelGeometry {
  /** The plot area: x = first session … x + width = last session; y = top of the value domain. */
  readonly plot: Box;
  readonly x: Scale;
  readonly y: Scale;
  readonly valueTicks: ValueTicks;
  readonly dateTicks: readonly DateTick[];
  readonly extent: ValueExtent;
}

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * SVG_LAYOUT.charWidth;
}

/**
 * Where one panel's plot goes inside `box` and how values and dates map onto it. The x axis is
 * calendar time from the first to the last session in the window; the y axis runs over the
 * `chooseValueTicks` domain of the panel's value extent, top = highest. `rightMargin` keeps room for
 * the last-close label; `tickLabel` formats a value tick; `header` is the height above the plot.
 */
export function layoutChartPanel(
  panel: ChartPanel,
  box: Box,
  kind: ScaleKind,
  rightMargin: number,
  tickLabel: (value: number) => string,
  extent: ValueExtent = findValueExtent(panel),
  header: number = SVG_LAYOUT.header,
): PanelGeometry {
  const plotHeight = box.height - header - SVG_LAYOUT.xAxis;
  const tickCount = Math.max(2, Math.min(6, Math.round(plotHeight / 80)));
  const valueTicks = chooseValueTicks(kind, extent.min, extent.max, tickCount);
  const labelWidth = Math.max(...valueTicks.ticks.map((t) => textWidth(tickLabel(t), SVG_LAYOUT.tickFont)));
  const left = box.x + Math.ceil(labelWidth) + SVG_LAYOUT.gapLeft;
  const plot: Box = { x: left, y: box.y + header, width: box.x + box.width - rightMargin - left, height: plotHeight };
  const first = panel.days[0];
  const last = panel.days[panel.days.length - 1];
  const x = makeScale('linear', [first, last], [plot.x, plot.x + plot.width]);
  const y = makeScale(kind, valueTicks.domain, [plot.y + plot.height, plot.y]);
  const dateTicks = chooseDateTicks(first, last, Math.floor(plot.width / 90));
  return { plot, x, y, valueTicks, dateTicks, extent };
}
