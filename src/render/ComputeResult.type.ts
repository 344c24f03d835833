import type { IndexReport } from '../core/IndexReport.type.js';
import type { InputWarning } from '../errors.js';

/** Version of the JSON output's shape; bumped when a field changes meaning or is removed. */
export const SCHEMA_VERSION = 1;

/** What `compute` produced: one report per index, plus data-quality warnings about the input. */
export interface ComputeResult {
  readonly indexes: readonly IndexReport[];
  readonly warnings: readonly InputWarning[];
}
