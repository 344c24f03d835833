import type { IndexReport, MilestoneRow } from '../core/IndexReport.type.js';
import type { ByteBatch } from './ByteBatch.js';
import { appendCsvRow } from './appendCsvRow.js';
import { MILESTONE_CSV_COLUMNS } from './milestoneColumns.js';

/** The lines `renderCsv` prints for `index` (its milestone rows, no header), as UTF-8 bytes. */
export function appendMilestoneCsv(index: Pick<IndexReport, 'symbol' | 'milestones'>, out: ByteBatch): void {
  // One line object for every row: a market-wide run writes 300,000 rows.
  const line: { symbol: string; row: MilestoneRow | null } = { symbol: index.symbol, row: null };
  for (const row of index.milestones) {
    line.row = row;
    appendCsvRow(line as { symbol: string; row: MilestoneRow }, MILESTONE_CSV_COLUMNS, out);
  }
}
