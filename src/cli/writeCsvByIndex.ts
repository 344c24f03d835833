import type { IndexReport } from '../core/IndexReport.type.js';
import type { PendingReport } from '../pipeline/PendingReport.type.js';
import { appendCsvHeader } from '../render/appendCsvHeader.js';
import { appendMilestoneCsv } from '../render/appendMilestoneCsv.js';
import { ByteBatch } from '../render/ByteBatch.js';
import { MILESTONE_CSV_COLUMNS } from '../render/milestoneColumns.js';
import type { Io } from './Io.type.js';

/**
 * `renderCsv`'s output, written index by index in chunks of bytes, so a market-wide run never holds
 * every report or the whole text. `reportOf` makes each index's report when its turn comes.
 */
export async function writeCsvByIndex(
  indexes: readonly PendingReport[],
  io: Io,
  reportOf: (index: PendingReport) => IndexReport,
): Promise<void> {
  const out = new ByteBatch((chunk) => io.stdout(chunk));
  appendCsvHeader(MILESTONE_CSV_COLUMNS, out);
  for (const index of indexes) {
    appendMilestoneCsv(reportOf(index), out);
    await io.stdoutDrained?.();
  }
  out.flush();
}
