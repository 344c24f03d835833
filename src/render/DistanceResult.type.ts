import type { TargetReport } from '../core/IndexReport.type.js';
import type { InputWarning } from '../errors.js';

/** One index's last close and its distance to the target (the `target` object of `compute`, flattened). */
export interface DistanceRow extends TargetReport {
  readonly symbol: string;
  /** Display name from the index registry; `null` for an unknown symbol. */
  readonly name: string | null;
  readonly source: string;
  /** Day number of the last session used (the last on or before `--as-of`). */
  readonly asOf: number;
  /** The close on `asOf`, index points. */
  readonly close: number;
  /** Day number of the file's first session, and whether the file holds the index's whole history
   * (as in `compute`): a first touch or close on that day may have come earlier. Not in the output's fields. */
  readonly firstDate: number;
  readonly historyComplete: boolean | null;
}

/** What `distance` produced: one row per index, in input order, plus data-quality warnings. */
export interface DistanceResult {
  /** The level for every index, index points; `null` when each index has its own (each row's `level`). */
  readonly target: number | null;
  readonly rows: readonly DistanceRow[];
  readonly warnings: readonly InputWarning[];
}
