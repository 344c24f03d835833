import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { computeIndexReport } from '../core/computeIndexReport.js';
import { computeMarketContext } from '../core/computeMarketContext.js';
import { findEndIndex } from '../core/findEndIndex.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../errors.js';
import { type ReadOptions, readPriceCsv } from '../ingest/readPriceCsv.js';
import { flatDaysOf } from '../ingest/warnFlatRowFacts.js';
import { computePlainFile, type FileReports, type OnProgress } from './computePlainFile.js';
import type { PendingReport } from './PendingReport.type.js';

export interface PendingOptions {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  readonly read: ReadOptions;
  /** Also compute each index's market context (needs the whole series, so never streams). */
  readonly withContext?: boolean;
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
      ? computePlainFile(path, label, { configFor: options.configFor, asOfDay: options.asOfDay, symbol: options.read.symbol, strict: options.read.strict }, onProgress)
      : null;
    const read = plain ?? readWhole(await readText(path), label, options);
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

/** The general path: the whole text through `readPriceCsv`, then one report per series. */
function readWhole(text: string, file: string, options: PendingOptions): FileReports {
  const read = readPriceCsv(text, file, options.read);
  const reports = read.series.map((series): PendingReport => {
    const config = options.configFor(series.symbol);
    const report = computeIndexReport(series, config, options.asOfDay);
    return {
      symbol: series.symbol,
      hasSessions: report !== null,
      report: () => {
        if (report === null || options.withContext !== true) return report!;
        const end = findEndIndex(series, options.asOfDay);
        return { ...report, context: computeMarketContext(series, end, report.milestones, config.atOrAbove) };
      },
      isFlatDay: flatDaysOf(series),
    };
  });
  return { reports, warnings: read.warnings };
}
