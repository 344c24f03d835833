/** Bad command-line usage: unknown option, bad option value. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Bad input data: missing file, unparsable row, conflicting duplicate. Exit code 3.
 * Printed as `milestones: SOURCE:LINE: message`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly source: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${source}${line === null ? '' : `:${line}`}: ${detail}`);
  }
}

/** A file the run was asked to write (`--out`) could not be written: `path: why` (exit 5, as for standard output). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(path: string, why: string) {
    super(`${path}: ${why}`);
  }
}

/** What a warning is about: a stable name for scripts (JSON `warnings[].kind`, `milestones quality`). */
export type WarningKind =
  | 'repeatedColumn'
  | 'missingClose'
  | 'blankIntraday'
  | 'skippedBadRows'
  | 'duplicateRows'
  | 'highBelowClose'
  | 'weekendRows'
  | 'futureRows'
  | 'yearGaps'
  | 'outOfLineCloses'
  | 'flatRows'
  | 'flatRowFacts'
  | 'fileNameNotSymbol'
  | 'staleData';

/** A row a warning is about: its line, and its date (day number) when it has one that could be read. */
export interface FlaggedRow {
  readonly line: number;
  readonly date: number | null;
}

/** Rows a warning lists: all of them up to this many; its `count` says how many in all. */
export const LISTED_ROWS = 1000;

/** A data-quality note about input that was read anyway (skipped rows, dropped duplicates, stale data). */
export interface InputWarning {
  readonly kind: WarningKind;
  readonly source: string;
  /** The index it is about in a file of several (a symbol column); absent for the file as a whole. */
  readonly symbol?: string;
  /** The first line it is about, `null` for the file as a whole. */
  readonly line: number | null;
  /** How many rows (or, for a note about the file, 1) it is about. */
  readonly count: number;
  /** The rows, in file order: all of them, or the first `LISTED_ROWS`. Empty for a note about the file. */
  readonly rows: readonly FlaggedRow[];
  readonly message: string;
}

/** Counts flagged rows of one kind, listing the first `listed` (`milestones quality` lists them all). */
export class RowTally {
  count = 0;
  readonly rows: FlaggedRow[] = [];

  constructor(private readonly listed = LISTED_ROWS) {}

  add(line: number, date: number | null): void {
    if (this.count++ < this.listed) this.rows.push({ line, date });
  }

  /** The first row's line (0 before any). */
  get firstLine(): number {
    return this.rows.length === 0 ? 0 : this.rows[0].line;
  }
}

/** Quotes a value from the input for a message: `"12,5"`, shortened if long. */
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return JSON.stringify(shown);
}
