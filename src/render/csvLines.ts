import type { Column } from './Column.type.js';
import { csvField } from './csvField.js';

/** The CSV header line of `columns`: their machine keys. */
export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return `${columns.map((c) => csvField(c.key)).join(',')}\n`;
}

/** The CSV lines of `rows` (no header): exact values, one line each. */
export function csvLines<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let k = 0; k < columns.length; k++) line += (k === 0 ? '' : ',') + csvField(columns[k].value(row));
    text += `${line}\n`;
  }
  return text;
}
