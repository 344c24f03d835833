import type { Column } from './Column.type.js';
import { csvField } from './csvField.js';
import { machineCells } from './machineNumbers.js';

/** The CSV header line of `columns`: their machine keys. */
export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return `${columns.map((c) => csvField(c.key)).join(',')}\n`;
}

/** The CSV lines of `rows` (no header): values as `machineCells` writes them, one line each. */
export function csvLines<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  if (rows.length === 0) return '';
  // Joined, not concatenated: one flat string per line, not a tree of pieces to copy and collect.
  const cells = new Array<string>(columns.length);
  const machine = columns.map((c) => machineCells(c.key));
  const lines = new Array<string>(rows.length + 1);
  for (let i = 0; i < rows.length; i++) {
    for (let k = 0; k < columns.length; k++) cells[k] = csvField(machine[k](columns[k].value(rows[i])));
    lines[i] = cells.join(',');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}
