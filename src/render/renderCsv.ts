import type { ComputeResult } from './ComputeResult.type.js';
import { MILESTONE_CSV_COLUMNS, milestoneLines } from './milestoneColumns.js';
import { renderRowsCsv } from './renderRows.js';

/** One row per milestone with a `symbol` column; the header always prints. Full precision. */
export function renderCsv(result: ComputeResult): string {
  return renderRowsCsv(result.indexes.flatMap(milestoneLines), MILESTONE_CSV_COLUMNS);
}
