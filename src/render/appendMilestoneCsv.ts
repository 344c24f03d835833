import type { MilestoneRow } from '../core/IndexReport.type.js';
import type { ByteBatch } from './ByteBatch.js';
import { appendCsvRow } from './appendCsvRow.js';
import { type MilestoneLine, MILESTONE_CSV_COLUMNS } from './milestoneColumns.js';

/**
 * The lines `renderCsv` prints for the index `symbol` (its milestone rows, no header), as UTF-8
 * bytes; `each` visits its rows (`PendingReport.eachMilestone`, or a report's array).
 */
export function appendMilestoneCsv(symbol: string, each: (visit: (row: MilestoneRow) => void) => void, out: ByteBatch): void {
  // One line object reused for every row: a market-wide run writes 300,000 rows.
  const line: { -readonly [K in keyof MilestoneLine]: MilestoneLine[K] } = { symbol, row: null as unknown as MilestoneRow };
  each((row) => {
    line.row = row;
    appendCsvRow(line, MILESTONE_CSV_COLUMNS, out);
  });
}
