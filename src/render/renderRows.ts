import type { ChalkInstance } from 'chalk';
import type { CellValue, Column } from './Column.type.js';
import { csvHeader, csvLines } from './csvLines.js';
import { boxTableLines } from './drawBoxTable.js';
import { escapeControls } from './escapeControls.js';
import { machineCells } from './machineNumbers.js';
import type { RenderContext } from './RenderContext.type.js';

function displayOf<R>(column: Column<R>, row: R, chalk: ChalkInstance): string {
  if (column.display) return column.display(row, chalk);
  const value = column.value(row);
  return value === null ? '' : escapeControls(String(value));
}

/**
 * A box-drawn table of `rows` (in the bytes cli-table3 used to write, see drawBoxTable.ts): rounded
 * display values, bold headers only when colour is on. Linear in rows and columns.
 */
export function renderRowsTable<R>(rows: readonly R[], columns: readonly Column<R>[], ctx: RenderContext): string {
  return [...rowsTableLines(rows, columns, ctx)].join('\n');
}

/** The lines of `renderRowsTable`, one at a time (no newlines), without the columns that do not fit `ctx.width`. */
export function rowsTableLines<R>(rows: readonly R[], columns: readonly Column<R>[], { chalk, width }: RenderContext): Iterable<string> {
  return boxTableLines(
    columns.map((c) => chalk.bold(c.header)),
    rows.map((row) => columns.map((c) => displayOf(c, row, chalk))),
    columns.map((c) => c.align ?? 'left'),
    { maxWidth: width, dropOrder: columns.map((c) => c.dropOrder) },
  );
}

/** A GitHub-flavoured markdown table, ready to paste into an article: one line a row, linear. */
export function renderRowsMarkdown<R>(rows: readonly R[], columns: readonly Column<R>[], chalk: ChalkInstance): string {
  return `${[...rowsMarkdownLines(rows, columns, chalk)].join('\n')}\n`;
}

/** The lines of `renderRowsMarkdown`, one at a time (no newlines). */
export function* rowsMarkdownLines<R>(rows: readonly R[], columns: readonly Column<R>[], chalk: ChalkInstance): Generator<string> {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  yield `| ${columns.map((c) => cell(c.header.replace(/\n/g, ' '))).join(' | ')} |`;
  yield `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`;
  const cells = new Array<string>(columns.length);
  for (const row of rows) {
    for (let k = 0; k < columns.length; k++) cells[k] = cell(displayOf(columns[k], row, chalk));
    yield `| ${cells.join(' | ')} |`;
  }
}

/** CSV with the machine keys as header (always printed) and exact values. */
export function renderRowsCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  return csvHeader(columns) + csvLines(rows, columns);
}

/** One record of exact values keyed by the columns' machine names (for NDJSON / JSON rows). */
export function rowRecord<R>(row: R, columns: readonly Column<R>[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (const c of columns) record[c.key] = machineCells(c.key)(c.value(row));
  return record;
}
