import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../errors.js';
import type { ReadOptions } from '../ingest/readPriceCsv.js';
import { computePlainFile, type OnProgress } from './computePlainFile.js';
import type { PendingReport } from './PendingReport.type.js';

export interface PendingOptions {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  readonly read: ReadOptions;
  /** Also compute each index's market context (needs the whole series, so never streams). */
  readonly withContext?: boolean;
  /** Files with at least this many bytes of rows are read by two threads (default: `computePlainFile`'s). */
  readonly workerMinBytes?: number;
}

/** A file to read: its path, and the name it is reported under (`--sample` reads a bundled file). */
export interface PendingInput {
  readonly path: string;
  readonly label: string;
}

/**
 * Reads every file; each index's report is then computed on demand. A plain CSV file streams through
 * the byte scanner (`computePlainFile`); anything else (quotes, other dialects, standard input, rows
 * out of order, missing values, bad rows, `--skip-bad-rows`, market context) is read whole by the
 * general path (`readText` gives its text). Both give the same reports, warnings and errors, all
 * raised here, before any output.
 */
export async function computePendingReports(
  files: readonly PendingInput[],
  options: PendingOptions,
  readText: (path: string) => Promise<string>,
  onProgress?: OnProgress,
): Promise<{ indexes: PendingReport[]; warnings: InputWarning[] }> {
  const indexes: PendingReport[] = [];
  const warnings: InputWarning[] = [];
  const streamable = options.withContext !== true && options.read.skipBadRows !== true;
  for (const { path, label } of files) {
    const plain = streamable
      ? await computePlainFile(path, label, { configFor: options.configFor, asOfDay: options.asOfDay, symbol: options.read.symbol, strict: options.read.strict, workerMinBytes: options.workerMinBytes }, onProgress)
      : null;
    // The general path (and the market context) is loaded only when a file needs it: start-up time.
    const read = plain ?? (await import('./readWholeFile.js')).readWholeFile(await readText(path), label, options);
    warnings.push(...read.warnings);
    for (const index of read.reports) {
      if (!index.hasSessions) {
        const asOf = options.asOfDay === null ? '' : isoFromDayNumber(options.asOfDay);
        throw new InputError(label, null, `${index.symbol} has no session on or before --as-of ${asOf}`);
      }
      indexes.push(index);
    }
  }
  return { indexes, warnings };
}
