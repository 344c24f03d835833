import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import type { InputWarning } from '../../errors.js';
import { warnFlatRowFacts } from '../../ingest/warnFlatRowFacts.js';
import { computePendingReports } from '../../pipeline/computePendingReports.js';
import type { OnProgress } from '../../pipeline/computePlainFile.js';
import type { PendingReport } from '../../pipeline/PendingReport.type.js';
import { visitMilestoneRows } from '../../pipeline/visitMilestoneRows.js';
import type { ComputeResult } from '../../render/ComputeResult.type.js';
import type { CommandContext } from '../CommandContext.type.js';
import { COMPUTE_FORMATS, type ComputeOptions, type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.js';
import { type InputFile, resolveInputs } from '../inputFiles.js';
import type { Io } from '../Io.type.js';
import { parsePositive } from '../parsers.js';
import { addReadOptions } from '../readOptions.js';
import {
  asOfOption,
  atOrAboveOption,
  chalkFor,
  formatOption,
  levelsOption,
  noColorOption,
  printWarnings,
  sampleOption,
  stepOption,
  symbolOption,
} from '../sharedOptions.js';
import { startProgress } from '../startProgress.js';
import { workerMinBytes } from '../workerMinBytes.js';
import { writeCsvByIndex } from '../writeCsvByIndex.js';

/**
 * Reads every file, then computes each index's report; with `withContext`, its market context too.
 * Warnings: the files' data-quality warnings, then each index's intraday facts that rest on flat rows.
 */
export async function computeReports(
  files: readonly (string | InputFile)[],
  options: Pick<ComputeOptions, 'configFor' | 'asOfDay' | 'read'>,
  io: Io,
  withContext = false,
  onProgress?: OnProgress,
): Promise<ComputeResult> {
  const inputs = files.map((f) => (typeof f === 'string' ? { path: f, label: f } : f));
  const pending = await computePendingReports(inputs, { ...options, withContext, workerMinBytes: workerMinBytes(io.env) }, io.readText, onProgress);
  const warnings = [...pending.warnings];
  const indexes = pending.indexes.map((index) => materialize(index, warnings));
  return { indexes, warnings };
}

/** The index's report, adding the warning about its facts that rest on rows with no intraday range. */
function materialize(index: PendingReport, warnings: InputWarning[]): ReturnType<PendingReport['report']> {
  const report = index.report();
  const flat = index.isFlatDay === null ? null : warnFlatRowFacts(report, index.isFlatDay);
  if (flat !== null) warnings.push(flat);
  return report;
}

const COMPUTE_EXAMPLES = `
Examples:
  When did the S&P 500 first close above each 1,000 points? (the bundled history)
    $ milestones compute --sample
  The same from a CSV of your own:
    $ milestones compute fixtures/spx.csv
  How far was it from 7,000 on 2026-01-28?
    $ milestones compute fixtures/spx.csv --as-of 2026-01-28 --target 7000
  Only the 5,000, 6,000 and 7,000 levels, as JSON:
    $ milestones compute fixtures/spx.csv --levels 5000,6000,7000 --format json
  Several indexes, 500-point steps for the Russell 2000:
    $ milestones compute fixtures/spx.csv fixtures/ixic.csv fixtures/rut.csv --step RUT=500
  Records, drawdown, returns, 52-week range and indicators too:
    $ milestones compute fixtures/ixic.csv --as-of 2026-01-28 --context
  One JSON object per index, for jq:
    $ milestones compute fixtures/spx.csv fixtures/ixic.csv --format ndjson | jq -r .symbol
${EXIT_CODES_HELP}`;


/** `milestones compute FILE...`: the milestone table and summary of each index. */
export function registerCompute(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('compute')
    .summary('the milestone table and record/distance summary of each index')
    .description(
      'Print, for each index in the CSV files, when it first touched and first closed above each milestone ' +
        'level, the trading days between milestones, and its record and distance summary. ' +
        'FILE is a CSV with date and close columns (high optional); - reads standard input.',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .addOption(stepOption())
    .addOption(levelsOption())
    .option('--target <level>', 'also measure the distance to this level', parsePositive)
    .addOption(asOfOption())
    .option('--inclusive', 'count both ends of a gap (trading days + 1)')
    .addOption(atOrAboveOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(COMPUTE_FORMATS))
    .option('--context', 'table: also print records, drawdown, returns, 52-week range, indicators and level history (JSON and NDJSON always have them)')
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', COMPUTE_EXAMPLES)
    .action(async (files: string[], raw: RawComputeOptions & { context?: boolean }) => {
      const inputs = resolveInputs(files, raw.sample);
      const options = toComputeOptions(raw, inputs.length);
      // CSV prints milestone rows only: never pay for the context there.
      const machine = options.format === 'json' || options.format === 'ndjson';
      const withContext = machine || (options.format === 'table' && raw.context === true);
      const progress = io.stderrIsTTY ? startProgress(io) : undefined;
      if (options.format === 'csv') {
        // Streamed index by index: a market-wide run never holds every report or the whole output.
        const pending = await computePendingReports(inputs, { ...options, withContext: false, workerMinBytes: workerMinBytes(io.env) }, io.readText, progress?.update);
        progress?.done();
        printWarnings(pending.warnings, io, raw.quiet);
        const late: InputWarning[] = [];
        // The report itself only for an index whose facts may rest on flat rows (the warning needs it).
        await writeCsvByIndex(pending.indexes, io, (index, visitor) => {
          if (index.isFlatDay === null) index.eachLevel(visitor);
          else visitMilestoneRows(materialize(index, late).milestones, visitor);
        });
        printWarnings(late, io, raw.quiet);
        setExit(EXIT.ok);
        return;
      }
      const result = await computeReports(inputs, options, io, withContext, progress?.update);
      progress?.done();
      printWarnings(result.warnings, io, raw.quiet);
      const chalk = await chalkFor(options.color, io);
      io.stdout((await rendererFor(options.format))(result, { chalk }));
      setExit(EXIT.ok);
    });
}

/** The renderer of a format, loaded when used: start-up time matters to scripts that call the tool in a loop. */
async function rendererFor(format: Exclude<ComputeOptions['format'], 'csv'>): Promise<(result: ComputeResult, ctx: { chalk: ChalkInstance }) => string> {
  switch (format) {
    case 'json':
      return (await import('../../render/renderJson.js')).renderJson;
    case 'ndjson':
      return (await import('../../render/renderNdjson.js')).renderComputeNdjson;
    case 'markdown':
      return (await import('../../render/renderComputeMarkdown.js')).renderComputeMarkdown;
    case 'table':
      return (await import('../../render/renderTable.js')).renderTable;
  }
}
