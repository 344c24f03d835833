import type { ChalkInstance } from 'chalk';

/** A machine value: written in CSV/JSON as `machineCells` says (docs/output.md#numbers; ISO dates), empty/`null` when absent. */
export type CellValue = string | number | boolean | null;

/** One column of a row-per-record output, shared by the table, markdown and CSV renderers. */
export interface Column<R> {
  /** Machine name: the CSV header and JSON key, with its unit where it has one (`pctFromRecordClose`). */
  readonly key: string;
  /** Human header for table and markdown (a `\n` breaks it over two lines in the table, a space in markdown). */
  readonly header: string;
  /** The exact value for CSV/JSON. */
  readonly value: (row: R) => CellValue;
  /** The rounded, formatted text for table and markdown; defaults to `String(value)`, empty for `null`. */
  readonly display?: (row: R, chalk: ChalkInstance) => string;
  readonly align?: 'left' | 'right';
  /** Left out of a table too wide for the terminal: 1 first, then 2, …; absent: always shown (markdown, CSV and JSON show every column). */
  readonly dropOrder?: number;
}
