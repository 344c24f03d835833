import type { IndexReport } from '../core/IndexReport.type.js';
import type { ByteBatch } from './ByteBatch.js';
import { appendCsvRow } from './appendCsvRow.js';
import { MILESTONE_CSV_COLUMNS } from './milestoneColumns.js';

/** The lines `renderCsv` prints for `index` (its milestone rows, no header), as UTF-8 bytes. */
export function appendMilestoneCsv(index: Pick<IndexReport, 'symbol' | 'milestones'>, out: ByteBatch): void {
  const rows = index.milestones;
  if (rows.length === 0) return;
  // One line object reused for every row: a market-wide run writes 300,000 rows.
  const line = { symbol: index.symbol, row: rows[0] };
  for (const row of rows) {
    line.row = row;
    appendCsvRow(line, MILESTONE_CSV_COLUMNS, out);
  }
}
