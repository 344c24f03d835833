import { computeIndexReport } from '../core/computeIndexReport.js';
import { computeMarketContext } from '../core/computeMarketContext.js';
import { findEndIndex } from '../core/findEndIndex.js';
import { readPriceCsv } from '../ingest/readPriceCsv.js';
import { flatDaysOf } from '../ingest/warnFlatRowFacts.js';
import type { PendingOptions } from './computePendingReports.js';
import type { FileReports } from './computePlainFile.js';
import type { PendingReport } from './PendingReport.type.js';
import { visitMilestoneRows } from './visitMilestoneRows.js';

/** The general path: the whole text through `readPriceCsv`, then one report per series. */
export function readWholeFile(text: string, file: string, options: PendingOptions): FileReports {
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
      eachLevel: (visitor) => visitMilestoneRows(report!.milestones, visitor),
      isFlatDay: flatDaysOf(series),
    };
  });
  return { reports, warnings: read.warnings };
}
