import type { ComputeResult } from './ComputeResult.type.js';
import { MILESTONE_CSV_COLUMNS, milestoneLines } from './milestoneColumns.js';
import { renderRowsCsv } from './renderRows.js';

/**
 * One row per milestone with a `symbol` column; the header always prints. Full precision. `compute`
 * streams the same bytes index by index (`writeCsvByIndex`); a property test holds it to this text.
 */
export function renderCsv(result: ComputeResult): string {
  return renderRowsCsv(result.indexes.flatMap(milestoneLines), MILESTONE_CSV_COLUMNS);
}
