import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import { computeIndexReport } from '../../core/computeIndexReport.js';
import type { IndexReport } from '../../core/IndexReport.type.js';
import { InputError, type InputWarning } from '../../errors.js';
import { readPriceCsv } from '../../ingest/readPriceCsv.js';
import type { ComputeResult } from '../../render/ComputeResult.type.js';
import type { ComputeOptions } from '../computeOptions.js';
import type { Io } from '../Io.type.js';

/** Reads every file, then computes each index's report. */
export async function computeReports(files: readonly string[], options: ComputeOptions, io: Io): Promise<ComputeResult> {
  const indexes: IndexReport[] = [];
  const warnings: InputWarning[] = [];
  for (const file of files) {
    const text = await io.readText(file);
    const read = readPriceCsv(text, file, { symbol: options.symbol });
    warnings.push(...read.warnings);
    for (const series of read.series) {
      const report = computeIndexReport(series, options.configFor(series.symbol), options.asOfDay);
      if (report === null) {
        const asOf = options.asOfDay === null ? '' : isoFromDayNumber(options.asOfDay);
        throw new InputError(file, null, `${series.symbol} has no session on or before --as-of ${asOf}`);
      }
      indexes.push(report);
    }
  }
  return { indexes, warnings };
}
