import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import { computeIndexReport } from '../../core/computeIndexReport.js';
import { computeMarketContext } from '../../core/computeMarketContext.js';
import { findEndIndex } from '../../core/findEndIndex.js';
import type { IndexReport } from '../../core/IndexReport.type.js';
import { InputError, type InputWarning } from '../../errors.js';
import { readPriceCsv } from '../../ingest/readPriceCsv.js';
import { flatDaysOf, warnFlatRowFacts } from '../../ingest/warnFlatRowFacts.js';
import type { ComputeResult } from '../../render/ComputeResult.type.js';
import type { Io } from '../Io.type.js';
import type { Command } from 'commander';
import { renderCsv } from '../../render/renderCsv.js';
import { renderJson } from '../../render/renderJson.js';
import { renderComputeMarkdown } from '../../render/renderComputeMarkdown.js';
import { renderComputeNdjson } from '../../render/renderNdjson.js';
import { renderTable } from '../../render/renderTable.js';
import type { CommandContext } from '../CommandContext.type.js';
import { COMPUTE_FORMATS, type ComputeOptions, type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { type InputFile, resolveInputs } from '../inputFiles.js';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.js';
import { parsePositive } from '../parsers.js';
import { addReadOptions } from '../readOptions.js';
import { asOfOption, atOrAboveOption, chalkFor, formatOption, noColorOption, printWarnings, sampleOption, symbolOption, levelsOption, stepOption } from '../sharedOptions.js';

/** Reads every file, then computes each index's report; with `withContext`, its market context too. */
export async function computeReports(
  files: readonly (string | InputFile)[],
  options: Pick<ComputeOptions, 'configFor' | 'asOfDay' | 'read'>,
  io: Io,
  withContext = false,
): Promise<ComputeResult> {
  const indexes: IndexReport[] = [];
  const warnings: InputWarning[] = [];
  for (const input of files) {
    const { path, label: file } = typeof input === 'string' ? { path: input, label: input } : input;
    const text = await io.readText(path);
    const read = readPriceCsv(text, file, options.read);
    warnings.push(...read.warnings);
    for (const series of read.series) {
      const config = options.configFor(series.symbol);
      const report = computeIndexReport(series, config, options.asOfDay);
      if (report === null) {
        const asOf = options.asOfDay === null ? '' : isoFromDayNumber(options.asOfDay);
        throw new InputError(file, null, `${series.symbol} has no session on or before --as-of ${asOf}`);
      }
      const flat = warnFlatRowFacts(report, flatDaysOf(series));
      if (flat !== null) warnings.push(flat);
      if (!withContext) {
        indexes.push(report);
        continue;
      }
      const end = findEndIndex(series, options.asOfDay);
      indexes.push({ ...report, context: computeMarketContext(series, end, report.milestones, config.atOrAbove) });
    }
  }
  return { indexes, warnings };
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
      const result = await computeReports(inputs, options, io, withContext);
      printWarnings(result.warnings, io, raw.quiet);
      const chalk = chalkFor(options.color, io);
      const render = {
        table: renderTable,
        json: renderJson,
        ndjson: renderComputeNdjson,
        csv: renderCsv,
        markdown: renderComputeMarkdown,
      }[options.format];
      io.stdout(render(result, { chalk }));
      setExit(EXIT.ok);
    });
}
