import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { MarketContext, PeriodReturn } from '../core/MarketContext.type.js';
import { plural } from '../plural.js';
import { formatPct, formatPctNumber, formatPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';
import { MILESTONE_HISTORY_COLUMNS } from './milestoneHistoryColumns.js';
import type { RenderContext } from './RenderContext.type.js';
import { renderRowsTable } from './renderRows.js';
import { labelledLines } from './labelledLines.js';

const NA = 'n/a';

/** The `compute --context` block of one index: labelled lines, then the per-level history table. */
export function renderContext(index: IndexReport, context: MarketContext, ctx: RenderContext): string {
  const { chalk } = ctx;
  const { records, returns, fiftyTwoWeek: w, indicators: ind } = context;
  const lines: [string, string][] = [];
  const years = records.recordClosesByYear.slice(-2).map((y) => `${y.count} in ${y.year}`);
  lines.push([
    'Since record',
    `${plural(records.sessionsSinceRecordClose, 'session')}, ${plural(records.calendarDaysSinceRecordClose, 'calendar day')}; record closes: ${years.join(', ')}`,
  ]);
  const dd = records.currentDrawdown;
  lines.push([
    'Drawdown',
    dd === null
      ? 'none: the close is the record close'
      : `${formatPct(dd.depthPct)} from the ${formatPoints(dd.peakClose)} peak of ${isoFromDayNumber(dd.peakDate)} (${plural(dd.sessions, 'session')}); ` +
        `low ${formatPoints(dd.troughClose)} on ${isoFromDayNumber(dd.troughDate)} (${formatPct(dd.maxDepthPct)}); needs ${formatPct(dd.gainToRecordPct)} to regain the record`,
  ]);
  const period = (name: string, r: PeriodReturn | null): string => `${name} ${r === null ? NA : formatPct(r.pct)}`;
  lines.push([
    'Returns',
    [period('WTD', returns.wtd), period('MTD', returns.mtd), period('QTD', returns.qtd), period('YTD', returns.ytd), period('1 year', returns.oneYear)].join(', '),
  ]);
  const py = returns.previousYear;
  if (py !== null) {
    lines.push([`Year ${py.year}`, `${py.pct === null ? NA : formatPct(py.pct)}, closed at ${formatPoints(py.close)} on ${isoFromDayNumber(py.date)}`]);
  }
  if (w === null) lines.push(['52 weeks', `${NA} (less than a year of data)`]);
  else {
    const intraday = w.high !== null && w.low !== null ? `; intraday ${formatPoints(w.low.value)}–${formatPoints(w.high.value)}` : '';
    const fromHigh = w.pctFromHigh === null ? '' : ` (${formatPct(w.pctFromHigh)} from the intraday high)`;
    const position = w.rangePositionPct === null ? '' : `, ${formatPctNumber(w.rangePositionPct)}% up the range`;
    lines.push([
      '52 weeks',
      `closes ${formatPoints(w.lowClose.value)} (${isoFromDayNumber(w.lowClose.date)})–${formatPoints(w.highClose.value)} (${isoFromDayNumber(w.highClose.date)})${intraday}; ` +
        `close ${formatPct(w.pctFromHighClose)} from the high close${fromHigh}${position}`,
    ]);
  }
  const sma = (name: string, m: MarketContext['indicators']['sma50']): string =>
    `${name} ${m === null ? NA : `${formatPoints(m.value)} (close ${formatPct(m.pctFromAverage)})`}`;
  lines.push(['Averages', `${sma('SMA 50', ind.sma50)}, ${sma('SMA 200', ind.sma200)}`]);
  // Before SMA 200 exists no cross can happen: say n/a rather than "none".
  const none = ind.sma200 === null ? NA : 'none';
  lines.push(['Crosses', `golden ${isoOrNull(ind.goldenCrossDate) ?? none}, death ${isoOrNull(ind.deathCrossDate) ?? none}`]);
  const macd = ind.macd === null ? NA : `${formatPoints(ind.macd.line)}, signal ${formatPoints(ind.macd.signal)}, histogram ${formatPoints(ind.macd.histogram)}`;
  lines.push(['Momentum', `RSI(14) ${ind.rsi14 === null ? NA : formatPoints(ind.rsi14)}; MACD(12,26,9) ${macd}`]);
  // Line up with the summary above, whose longest label is 'Next milestone'.
  const block = labelledLines(lines, ctx.width, chalk, 'Next milestone'.length).join('\n');
  if (context.milestones.length === 0) return block;
  return `${block}\n${renderRowsTable(context.milestones, MILESTONE_HISTORY_COLUMNS, ctx)}`;
}
