import { computeIndexReport } from '../core/computeIndexReport.js';
import { MarketContextFold } from '../core/MarketContextFold.js';
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
        const { days, high, low, close } = series;
        const fold = new MarketContextFold(config.plan, config.atOrAbove, high !== null, low !== null);
        for (let i = 0; i < series.length && (options.asOfDay === null || days[i] <= options.asOfDay); i++) {
          fold.push(days[i], high === null ? NaN : high[i], low === null ? NaN : low[i], close[i]);
        }
        return { ...report, context: fold.result(report.milestones) };
      },
      eachLevel: (visitor) => visitMilestoneRows(report!.milestones, visitor),
      isFlatDay: flatDaysOf(series),
    };
  });
  return { reports, warnings: read.warnings };
}
