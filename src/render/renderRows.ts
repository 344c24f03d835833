import type { ChalkInstance } from 'chalk';
import type { CellValue, Column } from './Column.type.js';
import { csvField } from './csvField.js';
import { drawBoxTable } from './drawBoxTable.js';

function displayOf<R>(column: Column<R>, row: R, chalk: ChalkInstance): string {
  if (column.display) return column.display(row, chalk);
  const value = column.value(row);
  return value === null ? '' : String(value);
}

/**
 * A box-drawn table of `rows` (in the bytes cli-table3 used to write, see drawBoxTable.ts): rounded
 * display values, bold headers only when colour is on. Linear in rows and columns.
 */
export function renderRowsTable<R>(rows: readonly R[], columns: readonly Column<R>[], chalk: ChalkInstance): string {
  return drawBoxTable(
    columns.map((c) => chalk.bold(c.header)),
    rows.map((row) => columns.map((c) => displayOf(c, row, chalk))),
    columns.map((c) => c.align ?? 'left'),
  );
}

/** A GitHub-flavoured markdown table, ready to paste into an article: one line a row, linear. */
export function renderRowsMarkdown<R>(rows: readonly R[], columns: readonly Column<R>[], chalk: ChalkInstance): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [
    `| ${columns.map((c) => cell(c.header)).join(' | ')} |`,
    `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
  ];
  for (const row of rows) lines.push(`| ${columns.map((c) => cell(displayOf(c, row, chalk))).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** CSV with the machine keys as header (always printed) and exact values. */
export function renderRowsCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${lines.join('\n')}\n`;
}

/** One record of exact values keyed by the columns' machine names (for NDJSON / JSON rows). */
export function rowRecord<R>(row: R, columns: readonly Column<R>[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (const c of columns) record[c.key] = c.value(row);
  return record;
}
