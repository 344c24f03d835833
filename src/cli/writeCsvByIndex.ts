import type { LevelVisitor } from '../core/LevelVisitor.type.js';
import type { PendingReport } from '../pipeline/PendingReport.type.js';
import { appendCsvHeader } from '../render/appendCsvHeader.js';
import { ByteBatch } from '../render/ByteBatch.js';
import { MilestoneCsvLines } from '../render/MilestoneCsvLines.js';
import { MILESTONE_CSV_COLUMNS } from '../render/milestoneColumns.js';
import type { Io } from './Io.type.js';

/**
 * The milestone CSV (`renderRowsCsv` over `MILESTONE_CSV_COLUMNS`), written index by index in chunks
 * of bytes, so a market-wide run never holds every report or the whole text. `levelsOf` hands each
 * index's milestone levels to the writer when its turn comes.
 */
export async function writeCsvByIndex(
  indexes: readonly PendingReport[],
  io: Io,
  levelsOf: (index: PendingReport, visitor: LevelVisitor) => void,
): Promise<void> {
  const out = new ByteBatch((chunk) => io.stdout(chunk));
  appendCsvHeader(MILESTONE_CSV_COLUMNS, out);
  const lines = new MilestoneCsvLines(out);
  for (const index of indexes) {
    lines.startIndex(index.symbol);
    levelsOf(index, lines);
    await io.stdoutDrained?.();
  }
  out.flush();
}
