import { findKnownIndex } from '../registry/findKnownIndex.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { PriceSeries } from '../core/PriceSeries.type.js';
import type { ChartLevel, ChartPanel, DayValue } from './ChartModel.type.js';
import type { SessionWindow } from './chooseChartWindow.js';

/** The milestone levels of `report`, for drawing. */
export function toChartLevels(report: IndexReport): ChartLevel[] {
  return report.milestones.map((m, i) => ({
    level: m.level,
    status: m.status,
    firstClose: dated(m.firstCloseDate, m.firstClose),
    firstTouch: dated(m.firstTouchDate, m.firstTouchHigh),
    tradingDays: m.tradingDays,
    previousLevel: i > 0 ? report.milestones[i - 1].level : null,
  }));
}

/**
 * One index's panel: the sessions of `window` and the facts of `report` (computed to as-of).
 * `credit` names the data's source; `null` credits the registry's publisher of the index, else the
 * file's name (`standard input` for `-`).
 */
export function buildChartPanel(series: PriceSeries, report: IndexReport, window: SessionWindow, step: number | null, credit: string | null = null): ChartPanel {
  const { start, end } = window;
  const fileName = series.source === '-' ? 'standard input' : (series.source.split(/[\\/]/).pop() as string);
  return {
    symbol: series.symbol,
    name: report.name ?? series.symbol,
    credit: credit ?? findKnownIndex(series.symbol)?.publisher ?? fileName,
    days: series.days.subarray(start, end),
    close: series.close.subarray(start, end),
    high: series.high?.subarray(start, end) ?? null,
    low: series.low?.subarray(start, end) ?? null,
    sessions: report.sessions,
    levels: toChartLevels(report),
    recordClose: { day: report.recordClose.date, value: report.recordClose.value },
    recordHigh: report.recordHigh === null ? null : { day: report.recordHigh.date, value: report.recordHigh.value },
    lastClose: { day: series.days[end - 1], value: series.close[end - 1] },
    step,
    rebasedFrom: null,
  };
}

/** A dated value of a milestone row; `null` when the row has no such date. */
function dated(day: number | null, value: number | null): DayValue | null {
  return day === null || value === null ? null : { day, value };
}
