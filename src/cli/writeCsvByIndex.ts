import type { IndexReport } from '../core/IndexReport.type.js';
import type { PendingReport } from '../pipeline/PendingReport.type.js';
import { renderCsv } from '../render/renderCsv.js';
import type { Io } from './Io.type.js';

/**
 * `renderCsv`'s output, written index by index, so a market-wide run never holds every report or
 * the whole text. `reportOf` makes each index's report when its turn comes.
 */
export async function writeCsvByIndex(
  indexes: readonly PendingReport[],
  io: Io,
  reportOf: (index: PendingReport) => IndexReport,
): Promise<void> {
  const header = renderCsv({ indexes: [], warnings: [] });
  io.stdout(header);
  // Written at once, so each index's rows and text die young (less heap growth than batching).
  for (const index of indexes) {
    io.stdout(renderCsv({ indexes: [reportOf(index)], warnings: [] }).slice(header.length));
    await io.stdoutDrained?.();
  }
}
