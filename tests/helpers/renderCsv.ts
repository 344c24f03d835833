import type { ComputeResult } from '../../src/render/ComputeResult.type.js';
import { MILESTONE_CSV_COLUMNS, milestoneLines } from '../../src/render/milestoneColumns.js';
import { renderRowsCsv } from '../../src/render/renderRows.js';

/**
 * The milestone CSV as the generic renderer writes it from the column definitions all formats share:
 * one row per milestone with a `symbol` column, the header always, full precision. The reference the
 * tests hold `compute`'s streamed writer (`writeCsvByIndex`, `MilestoneCsvLines`) to.
 */
export function renderCsv(result: ComputeResult): string {
  return renderRowsCsv(result.indexes.flatMap(milestoneLines), MILESTONE_CSV_COLUMNS);
}
