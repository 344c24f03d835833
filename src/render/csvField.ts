import type { CellValue } from './Column.type.js';

/** A CSV cell: `null` is empty; text with a comma, quote or newline is quoted. Numbers as given (rounded before, by `machineCells`). */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value); // never a comma, quote or newline
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
