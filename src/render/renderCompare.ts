import type { InputWarning } from '../errors.js';
import { asOfCaption } from './asOfCaption.js';
import { COMPARE_COLUMNS, compareTableColumns, type CompareRow } from './compareColumns.js';
import { SCHEMA_VERSION } from './ComputeResult.type.js';
import type { RenderContext } from './RenderContext.type.js';
import { renderNdjson } from './renderNdjson.js';
import { machineValues } from './machineNumbers.js';
import { renderRowsCsv, renderRowsMarkdown, renderRowsTable, rowRecord } from './renderRows.js';

export interface CompareResult {
  readonly rows: readonly CompareRow[];
  readonly warnings: readonly InputWarning[];
}

/** One table, a row per index, fitted to the terminal (`ctx.width`). */
export function renderCompareTable(result: CompareResult, ctx: RenderContext): string {
  return `${asOfCaption(result.rows, ctx.width)}${renderRowsTable(result.rows, compareTableColumns(result.rows), ctx)}\n`;
}

/** `{schemaVersion, indexes: [row…], warnings}`: each row keyed by the columns' machine names. */
export function renderCompareJson(result: CompareResult): string {
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    indexes: result.rows.map((row) => rowRecord(row, COMPARE_COLUMNS)),
    warnings: machineValues(result.warnings),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderCompareCsv(result: CompareResult): string {
  return renderRowsCsv(result.rows, COMPARE_COLUMNS);
}

/** One JSON object per row, keyed as in the JSON document. */
export function renderCompareNdjson(result: CompareResult): string {
  return renderNdjson(result.rows.map((row) => rowRecord(row, COMPARE_COLUMNS)));
}

/** A pipe table ready to paste into an article, rounded as in the table format, with every column of the table. */
export function renderCompareMarkdown(result: CompareResult, ctx: RenderContext): string {
  const text = renderRowsMarkdown(result.rows, compareTableColumns(result.rows), ctx.chalk);
  const head = asOfCaption(result.rows);
  return head === '' ? text : `${head}\n${text}`;
}
