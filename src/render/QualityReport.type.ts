import type { Finding } from '../calendar/SessionAudit.js';
import type { WarningKind } from '../errors.js';

/**
 * A finding of `milestones quality`: a calendar finding, or a stretch of rows a data-quality warning
 * flagged (rows on consecutive lines make one stretch; a row whose date could not be read has none).
 */
export interface QualityFinding {
  readonly kind: Finding['kind'] | WarningKind;
  readonly fromDate: number | null;
  readonly toDate: number | null;
  readonly count: number;
  readonly lines: readonly number[];
  readonly note: string;
}

/** `milestones quality`: one index's rows and the data-quality findings about them. */
export interface QualityReport {
  readonly symbol: string;
  readonly source: string;
  /** The calendar the rows were checked against (`nyse`). */
  readonly calendar: string;
  /** Day numbers of the first and last row, and the number of rows. */
  readonly firstDate: number;
  readonly lastDate: number;
  readonly rows: number;
  readonly findings: readonly QualityFinding[];
}
