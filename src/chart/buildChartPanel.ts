import type { IndexReport } from '../core/IndexReport.type.js';
import type { PriceSeries } from '../core/PriceSeries.type.js';
import { parseIsoDate } from '../ingest/parseIsoDate.js';
import type { ChartLevel, ChartPanel, DayValue } from './ChartModel.type.js';
import type { SessionWindow } from './chooseChartWindow.js';
import { nameIndex } from './nameIndex.js';

/** The milestone levels of `report` with day numbers instead of ISO dates. */
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

/** One index's panel: the sessions of `window` and the facts of `report` (computed to as-of). */
export function buildChartPanel(series: PriceSeries, report: IndexReport, window: SessionWindow, step: number | null): ChartPanel {
  const { start, end } = window;
  return {
    symbol: series.symbol,
    name: nameIndex(series.symbol),
    source: series.source,
    days: series.days.subarray(start, end),
    close: series.close.subarray(start, end),
    high: series.high?.subarray(start, end) ?? null,
    low: series.low?.subarray(start, end) ?? null,
    sessions: report.sessions,
    levels: toChartLevels(report),
    recordClose: dated(report.recordClose.date, report.recordClose.value) as DayValue,
    recordHigh: report.recordHigh === null ? null : dated(report.recordHigh.date, report.recordHigh.value),
    lastClose: { day: series.days[end - 1], value: series.close[end - 1] },
    step,
    rebasedFrom: null,
  };
}

function dated(iso: string | null, value: number | null): DayValue | null {
  if (iso === null || value === null) return null;
  const day = parseIsoDate(iso);
  return day === null ? null : { day, value };
}
