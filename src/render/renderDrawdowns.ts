import type { InputWarning } from '../errors.js';
import { SCHEMA_VERSION } from './ComputeResult.type.js';
import { DRAWDOWN_COLUMNS, DRAWDOWN_MACHINE_COLUMNS, type DrawdownRow } from './drawdownColumns.js';
import type { RenderContext } from './RenderContext.type.js';
import { renderNdjson } from './renderNdjson.js';
import { machineValues } from './machineNumbers.js';
import { renderRowsCsv, renderRowsMarkdown, renderRowsTable, rowRecord } from './renderRows.js';

export interface DrawdownsResult {
  /** Minimum depth asked for, percent. */
  readonly minDepthPct: number;
  readonly rows: readonly DrawdownRow[];
  readonly warnings: readonly InputWarning[];
}

export function renderDrawdownsTable(result: DrawdownsResult, ctx: RenderContext): string {
  if (result.rows.length === 0) return `${ctx.chalk.dim(`No drawdown of ${result.minDepthPct}% or more.`)}\n`;
  return `${renderRowsTable(result.rows, DRAWDOWN_COLUMNS, ctx)}\n`;
}

/** `{schemaVersion, minDepthPct, drawdowns: [row…], warnings}`; `recoveryDate: null` marks an open episode. */
export function renderDrawdownsJson(result: DrawdownsResult): string {
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    minDepthPct: result.minDepthPct,
    drawdowns: result.rows.map((row) => rowRecord(row, DRAWDOWN_MACHINE_COLUMNS)),
    warnings: machineValues(result.warnings),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderDrawdownsCsv(result: DrawdownsResult): string {
  return renderRowsCsv(result.rows, DRAWDOWN_MACHINE_COLUMNS);
}

/** One JSON object per row, keyed as in the JSON document. */
export function renderDrawdownsNdjson(result: DrawdownsResult): string {
  return renderNdjson(result.rows.map((row) => rowRecord(row, DRAWDOWN_MACHINE_COLUMNS)));
}

/** A pipe table ready to paste into an article, rounded as in the table format. */
export function renderDrawdownsMarkdown(result: DrawdownsResult, ctx: RenderContext): string {
  return renderRowsMarkdown(result.rows, DRAWDOWN_COLUMNS, ctx.chalk);
}
