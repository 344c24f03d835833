import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import { computeIndexReport } from '../../core/computeIndexReport.js';
import type { IndexReport } from '../../core/IndexReport.type.js';
import { InputError, type InputWarning } from '../../errors.js';
import { readPriceCsv } from '../../ingest/readPriceCsv.js';
import { computePlainFile, type FileReports, type OnProgress } from '../../pipeline/computePlainFile.js';
import type { PendingReport } from '../../pipeline/PendingReport.type.js';
import { startProgress } from '../startProgress.js';
import type { ComputeResult } from '../../render/ComputeResult.type.js';
import type { Io } from '../Io.type.js';
import type { Command } from 'commander';
import { renderCsv } from '../../render/renderCsv.js';
import type { CommandContext } from '../CommandContext.type.js';
import { type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.js';
import { collectStep, parseLevelList, parsePositive } from '../parsers.js';
import { asOfOption, chalkFor, formatOption, noColorOption, printWarnings } from '../sharedOptions.js';

/** Reads every file, then computes each index's report. */
export async function computeReports(
  files: readonly string[],
  options: ReturnType<typeof toComputeOptions>,
  io: Io,
  onProgress?: OnProgress,
): Promise<ComputeResult> {
  const pending = await computePendingReports(files, options, io, onProgress);
  return { indexes: pending.indexes.map((p) => p.report()), warnings: pending.warnings };
}

/**
 * Reads every file; each index's report is then computed on demand. A plain CSV file streams through
 * the byte scanner (`computePlainFile`); anything else (quotes, other dialects, standard input) is
 * read whole by the general path. Both give the same reports, warnings and errors, all raised here.
 */
export async function computePendingReports(
  files: readonly string[],
  options: ReturnType<typeof toComputeOptions>,
  io: Io,
  onProgress?: OnProgress,
): Promise<{ indexes: PendingReport[]; warnings: InputWarning[] }> {
  const indexes: PendingReport[] = [];
  const warnings: InputWarning[] = [];
  for (const file of files) {
    // MILESTONES_THREADS=2 splits a large file between two threads (the benchmark measures both).
    const settings = { ...options, parallel: io.env.MILESTONES_THREADS === '2' };
    const read = (await computePlainFile(file, settings, onProgress)) ?? (await computeWhole(file, options, io));
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
async function computeWhole(file: string, options: ReturnType<typeof toComputeOptions>, io: Io): Promise<FileReports> {
  const read = readPriceCsv(await io.readText(file), file, { symbol: options.symbol });
  const reports = read.series.map((series) => {
    const report = computeIndexReport(series, options.configFor(series.symbol), options.asOfDay);
    return { symbol: series.symbol, hasSessions: report !== null, report: () => report! };
  });
  return { reports, warnings: read.warnings };
}

/** CSV index by index, so a market-wide run never holds every report or the whole text. */
async function writeCsvByIndex(indexes: readonly PendingReport[], io: Io): Promise<void> {
  const header = renderCsv({ indexes: [], warnings: [] });
  io.stdout(header);
  // Written at once, so each index's rows and text die young (less heap growth than batching).
  for (const index of indexes) {
    io.stdout(renderCsv({ indexes: [index.report()], warnings: [] }).slice(header.length));
    await io.stdoutDrained?.();
  }
}

const COMPUTE_EXAMPLES = `
Examples:
  When did the S&P 500 first close above each 1,000 points?
    $ milestones compute fixtures/spx.csv
  How far was it from 7,000 on 2026-01-28?
    $ milestones compute fixtures/spx.csv --as-of 2026-01-28 --target 7000
  Only the 5,000, 6,000 and 7,000 levels, as JSON:
    $ milestones compute fixtures/spx.csv --levels 5000,6000,7000 --format json
  Several indexes, 500-point steps for the Russell 2000:
    $ milestones compute fixtures/spx.csv fixtures/ixic.csv fixtures/rut.csv --step RUT=500
${EXIT_CODES_HELP}`;


/** `milestones compute FILE...`: the milestone table and summary of each index. */
export function registerCompute(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('compute')
    .summary('the milestone table and record/distance summary of each index')
    .description(
      'Print, for each index in the CSV files, when it first touched and first closed above each milestone ' +
        'level, the trading days between milestones, and its record and distance summary. ' +
        'FILE is a CSV with date and close columns (high optional); - reads standard input.',
    )
    .argument('<file...>', 'CSV files of daily prices (- for standard input)')
    .option('--step <step>', 'milestone every STEP points (default 1000); SYMBOL=STEP sets one index\'s step; repeatable', collectStep)
    .option('--levels <list>', 'exactly these milestone levels, e.g. 5000,6000,7000', parseLevelList)
    .option('--target <level>', 'also measure the distance to this level', parsePositive)
    .addOption(asOfOption())
    .option('--inclusive', 'count both ends of a gap (trading days + 1)')
    .option('--at-or-above', 'a close equal to the level counts as above it (>= instead of >)')
    .option('--symbol <name>', 'symbol for a single file without a symbol column (default: file name)')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(noColorOption())
    .addHelpText('after', COMPUTE_EXAMPLES)
    .action(async (files: string[], raw: RawComputeOptions) => {
      const options = toComputeOptions(raw, files.length);
      const progress = io.stderrIsTTY ? startProgress(io) : undefined;
      const pending = await computePendingReports(files, options, io, progress?.update);
      progress?.done();
      printWarnings(pending.warnings, io);
      if (options.format === 'csv') {
        await writeCsvByIndex(pending.indexes, io);
      } else {
        const result = { indexes: pending.indexes.map((p) => p.report()), warnings: pending.warnings };
        const chalk = chalkFor(options.color, io);
        // Loaded when used: start-up time matters to scripts that call the tool in a loop.
        const render = options.format === 'json' ? (await import('../../render/renderJson.js')).renderJson : (await import('../../render/renderTable.js')).renderTable;
        io.stdout(render(result, { chalk }));
      }
      setExit(EXIT.ok);
    });
}
