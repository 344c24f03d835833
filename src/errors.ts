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

/** A data-quality note about input that was read anyway (skipped rows, dropped duplicates). */
export interface InputWarning {
  readonly source: string;
  readonly line: number | null;
  readonly message: string;
}

/** Quotes a value from the input for a message: `"12,5"`, shortened if long. */
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return JSON.stringify(shown);
}
