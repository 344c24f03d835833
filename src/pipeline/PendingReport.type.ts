import type { IndexReport } from '../core/IndexReport.type.js';
import type { LevelVisitor } from '../core/LevelVisitor.type.js';

/**
 * One index of a file, its report computed on demand, so output can be written index by index
 * without holding every report at once.
 */
export interface PendingReport {
  readonly symbol: string;
  /** Whether any session is on or before the as-of day (else there is no report). */
  readonly hasSessions: boolean;
  /** The report; only when `hasSessions`. */
  report(): IndexReport;
  /**
   * Hands the report's milestone levels to `visitor` without making the report; only when
   * `hasSessions`, and instead of `report()`.
   */
  eachLevel(visitor: LevelVisitor): void;
  /**
   * Whether the session of `day` had no intraday range (open = high = low = close), for
   * `warnFlatRowFacts`; `null` when no session that could be a reported fact is flat.
   */
  readonly isFlatDay: ((day: number) => boolean) | null;
}
