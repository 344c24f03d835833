import type { ChartModel } from './ChartModel.type.js';
import { chooseDateTicks, type DateTick } from './chooseDateTicks.js';
import { chooseValueTicks, type ValueTicks } from './chooseValueTicks.js';
import type { ValueExtent } from './findValueExtent.js';
import { makeScale } from './makeScale.js';
import type { Box } from './planeGeometry.js';
import type { Scale, ScaleKind } from './Scale.type.js';
import { textWidth } from './textWidth.js';

/** Sizes of the SVG layout, in pixels. */
export const SVG_LAYOUT = {
  /** Title and a one-line subtitle above each panel's plot. */
  header: 78,
  /** Each further subtitle line. */
  subtitleLine: 18,
  /** Date labels below the plot. */
  xAxis: 30,
  tickFont: 14,
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

/**
 * Where one panel's plot goes inside `box` and how values and dates map onto it. The x axis is
 * calendar time over `span` (the chart's, shared by its panels); the y axis runs over the
 * `chooseValueTicks` domain of the panel's value `extent`, top = highest. `rightMargin` keeps room
 * for the last-close label; `tickLabel` formats a value tick; `header` is the height above the plot.
 */
export function layoutChartPanel(
  span: ChartModel['span'],
  box: Box,
  kind: ScaleKind,
  rightMargin: number,
  tickLabel: (value: number) => string,
  extent: ValueExtent,
  header: number = SVG_LAYOUT.header,
): PanelGeometry {
  const plotHeight = box.height - header - SVG_LAYOUT.xAxis;
  const tickCount = Math.max(2, Math.min(6, Math.round(plotHeight / 80)));
  const valueTicks = chooseValueTicks(kind, extent.min, extent.max, tickCount);
  // Bold: a tick at a level, and a level's own label, are written in bold.
  const labels = [...valueTicks.ticks, ...extent.levels.map((l) => l.level)].map((v) => tickLabel(v));
  const labelWidth = Math.max(...labels.map((t) => textWidth(t, SVG_LAYOUT.tickFont, true)));
  const left = box.x + Math.ceil(labelWidth) + SVG_LAYOUT.gapLeft;
  const plot: Box = { x: left, y: box.y + header, width: box.x + box.width - rightMargin - left, height: plotHeight };
  const { first, last } = span;
  const x = makeScale('linear', [first, last], [plot.x, plot.x + plot.width]);
  const y = makeScale(kind, valueTicks.domain, [plot.y + plot.height, plot.y]);
  const dateTicks = chooseDateTicks(first, last, Math.floor(plot.width / 90));
  return { plot, x, y, valueTicks, dateTicks, extent };
}
