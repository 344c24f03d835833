import type { Finding } from '../calendar/SessionAudit.js';

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
  readonly findings: readonly Finding[];
}
