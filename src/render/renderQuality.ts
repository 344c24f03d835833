import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { isoOrNull } from './isoDates.js';
import type { Finding } from '../calendar/SessionAudit.js';
import { plural } from '../plural.js';
import type { Column } from './Column.type.js';
import { csvHeader, csvLines } from './csvLines.js';
import { formatCount } from './formatNumbers.js';
import { jsonDocument } from './jsonDocument.js';
import type { QualityFinding, QualityReport } from './QualityReport.type.js';
import { WARNING_LABELS } from './warningLabels.js';
import { pieceLines } from './pieceLines.js';
import { noteLines } from './labelledLines.js';
import type { RenderContext } from './RenderContext.type.js';
import { rowsTableLines } from './renderRows.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

export const QUALITY_FORMATS = ['table', 'json', 'csv'] as const;
export type QualityFormat = (typeof QUALITY_FORMATS)[number];

interface FindingLine {
  readonly symbol: string;
  readonly finding: QualityFinding;
}

/** How many line numbers a table cell names before `…`. */
const SHOWN_LINES = 5;

const KIND_TEXT: Record<Finding['kind'], string> = {
  nonSessionRows: 'rows on non-sessions',
  missingSessions: 'missing sessions',
  outsideCalendar: 'rows outside calendar',
};

const COLUMNS: readonly Column<FindingLine>[] = [
  { key: 'symbol', header: 'Symbol', value: (l) => l.symbol },
  { key: 'kind', header: 'Finding', value: (l) => l.finding.kind, display: (l) => kindText(l.finding.kind) },
  { key: 'fromDate', header: 'From', value: (l) => isoOrNull(l.finding.fromDate) },
  { key: 'toDate', header: 'To', value: (l) => isoOrNull(l.finding.toDate), dropOrder: 1 },
  { key: 'count', header: 'Count', value: (l) => l.finding.count, display: (l) => formatCount(l.finding.count), align: 'right' },
  { key: 'lines', header: 'Lines', value: (l) => l.finding.lines.join(' '), display: (l) => shownLines(l.finding.lines), dropOrder: 3 },
  { key: 'note', header: 'Note', value: (l) => l.finding.note, dropOrder: 2 },
];
/** The table shows each index's findings under its own heading: no symbol column. Too wide for the terminal, it loses the end date, then the note, then the line numbers. */
const TABLE_COLUMNS = COLUMNS.slice(1);

function kindText(kind: QualityFinding['kind']): string {
  return kind in KIND_TEXT ? KIND_TEXT[kind as Finding['kind']] : WARNING_LABELS[kind as keyof typeof WARNING_LABELS];
}

function shownLines(lines: readonly number[]): string {
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  return lines.length > SHOWN_LINES ? `${shown}, …` : shown;
}

const linesOf = (report: QualityReport): FindingLine[] => report.findings.map((finding) => ({ symbol: report.symbol, finding }));

/** `quality`'s output in `format`, index by index; `from`: the day from which findings were kept (`--from`), if any. */
export function qualityRenderer(format: QualityFormat, ctx: RenderContext, from: number | null): StreamRenderer<QualityReport> {
  switch (format) {
    case 'csv':
      return { head: () => csvHeader(COLUMNS), item: (report) => [csvLines(linesOf(report), COLUMNS)], tail: () => '' };
    case 'json':
      return jsonDocument<QualityReport>('indexes', toJson);
    case 'table':
      return { head: () => '', item: (report, n) => tableLines(report, n, ctx, from), tail: () => '' };
  }
}

/** The JSON object of one index: ISO dates, each finding's fields as the CSV names them. */
function toJson(report: QualityReport): unknown {
  return {
    symbol: report.symbol,
    source: report.source,
    calendar: report.calendar,
    firstDate: isoFromDayNumber(report.firstDate),
    lastDate: isoFromDayNumber(report.lastDate),
    rows: report.rows,
    findings: report.findings.map((f) => ({
      kind: f.kind,
      fromDate: isoOrNull(f.fromDate),
      toDate: isoOrNull(f.toDate),
      count: f.count,
      lines: f.lines,
      note: f.note,
    })),
  };
}

function* tableLines(report: QualityReport, n: number, ctx: RenderContext, from: number | null): Generator<string> {
  const { chalk } = ctx;
  if (n > 0) yield '\n';
  const span = `${isoFromDayNumber(report.firstDate)} to ${isoFromDayNumber(report.lastDate)}`;
  const facts = `${plural(report.rows, 'row')}, ${span}, against the ${report.calendar.toUpperCase()} calendar`;
  yield pieceLines([chalk.bold(report.symbol), facts, chalk.dim(report.source)], '  ', ctx.width);
  if (report.findings.length === 0) {
    const none =
      from === null
        ? 'No findings: every row is on a session; every session in the span has a row.'
        : `No findings since ${isoFromDayNumber(from)}: from then on, every row is on a session and every session has a row.`;
    yield `${chalk.dim(noteLines(none, ctx.width).trimEnd())}\n`;
    return;
  }
  for (const line of rowsTableLines(linesOf(report), TABLE_COLUMNS, ctx)) yield `${line}\n`;
  const total = (kind: QualityFinding['kind']) => report.findings.reduce((sum, f) => sum + (f.kind === kind ? f.count : 0), 0);
  const totals = [`${plural(total('nonSessionRows'), 'row')} on days that were not sessions`, `${plural(total('missingSessions'), 'session')} missing`];
  const outside = total('outsideCalendar');
  if (outside > 0) totals.push(`${plural(outside, 'row')} outside the calendar, not checked`);
  const flagged = report.findings.reduce((sum, f) => sum + (f.kind in KIND_TEXT ? 0 : f.count), 0);
  if (flagged > 0) totals.push(`${plural(flagged, 'row')} flagged by the data-quality checks`);
  yield noteLines(totals.join('; '), ctx.width);
}
