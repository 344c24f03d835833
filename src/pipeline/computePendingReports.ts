import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { computeIndexReport } from '../core/computeIndexReport.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../errors.js';
import { readPriceCsv } from '../ingest/readPriceCsv.js';
import type { ConfigRule } from './chooseConfig.js';
import { computePlainFile, type FileReports, type OnProgress } from './computePlainFile.js';
import type { PendingReport } from './PendingReport.type.js';

export interface PendingOptions {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly configRule: ConfigRule;
  readonly asOfDay: number | null;
  readonly symbol: string | undefined;
  /** Split a large file between two threads (see `computePlainFile`). */
  readonly parallel?: boolean;
}

/**
 * Reads every file; each index's report is then computed on demand. A plain CSV file streams through
 * the byte scanner (`computePlainFile`); anything else (quotes, other dialects, standard input) is
 * read whole by the general path (`readText` gives its text). Both give the same reports, warnings
 * and errors, all raised here, before any output.
 */
export async function computePendingReports(
  files: readonly string[],
  options: PendingOptions,
  readText: (path: string) => Promise<string>,
  onProgress?: OnProgress,
): Promise<{ indexes: PendingReport[]; warnings: InputWarning[] }> {
  const indexes: PendingReport[] = [];
  const warnings: InputWarning[] = [];
  for (const file of files) {
    const read = (await computePlainFile(file, options, onProgress)) ?? readWhole(await readText(file), file, options);
    warnings.push(...read.warnings);
    for (const index of read.reports) {
      if (!index.hasSessions) {
        const asOf = options.asOfDay === null ? '' : isoFromDayNumber(options.asOfDay);
        throw new InputError(file, null, `${index.symbol} has no session on or before --as-of ${asOf}`);
      }
      indexes.push(index);
    }
  }
  return { indexes, warnings };
}

/** The general path: the whole text through `readPriceCsv`, then one report per series. */
function readWhole(text: string, file: string, options: PendingOptions): FileReports {
  const read = readPriceCsv(text, file, { symbol: options.symbol });
  const reports = read.series.map((series) => {
    const report = computeIndexReport(series, options.configFor(series.symbol), options.asOfDay);
    return { symbol: series.symbol, hasSessions: report !== null, report: () => report! };
  });
  return { reports, warnings: read.warnings };
}
