import type { MilestoneRow } from '../core/IndexReport.type.js';
import type { PendingReport } from '../pipeline/PendingReport.type.js';
import { appendCsvHeader } from '../render/appendCsvHeader.js';
import { appendMilestoneCsv } from '../render/appendMilestoneCsv.js';
import { ByteBatch } from '../render/ByteBatch.js';
import { MILESTONE_CSV_COLUMNS } from '../render/milestoneColumns.js';
import type { Io } from './Io.type.js';

/**
 * The milestone CSV (`renderRowsCsv` over `MILESTONE_CSV_COLUMNS`), written index by index in chunks of bytes, so a market-wide run never holds
 * every report or the whole text. `rowsOf` visits each index's milestone rows when its turn comes.
 */
export async function writeCsvByIndex(
  indexes: readonly PendingReport[],
  io: Io,
  rowsOf: (index: PendingReport, visit: (row: MilestoneRow) => void) => void,
): Promise<void> {
  const out = new ByteBatch((chunk) => io.stdout(chunk));
  appendCsvHeader(MILESTONE_CSV_COLUMNS, out);
  for (const index of indexes) {
    appendMilestoneCsv(index.symbol, (visit) => rowsOf(index, visit), out);
    await io.stdoutDrained?.();
  }
  out.flush();
}
