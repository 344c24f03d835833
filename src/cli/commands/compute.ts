import type { Command } from 'commander';
import type { InputWarning } from '../../errors.js';
import { computeRenderer } from '../../render/computeRenderers.js';
import type { CommandContext } from '../CommandContext.type.js';
import { COMPUTE_COMMAND_FORMATS, type ComputeCommandFormat, type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { watchOption, withWatchList } from '../watchList.js';
import { addReadOptions } from '../readOptions.js';
import { readFolds, reportOf } from '../readReports.js';
import {
  asOfOption,
  atOrAboveOption,
  calendarOption,
  renderContextFor,
  wideOption,
  formatOption,
  levelsOption,
  noColorOption,
  printWarnings,
  sampleOption,
  stepOption,
  symbolOption,
  targetOption,
} from '../sharedOptions.js';
import { startProgress } from '../startProgress.js';
import { writeStream } from '../writeStream.js';

const COMPUTE_EXAMPLES = `
Examples:
  When did the S&P 500 first close above each 1,000 points? (bundled history)
    $ milestones compute --sample
  The same from a CSV of your own:
    $ milestones compute fixtures/spx.csv
  How far was it from 7,000 on 2026-01-28?
    $ milestones compute fixtures/spx.csv --as-of 2026-01-28 --target 7000
  Each index against its own level:
    $ milestones compute fixtures/spx.csv fixtures/dji.csv \\
        --target SPX=7000 --target DJI=50000
  Only the 5,000, 6,000 and 7,000 levels, as JSON:
    $ milestones compute fixtures/spx.csv --levels 5000,6000,7000 --format json
  Several indexes, 500-point steps for the Russell 2000:
    $ milestones compute fixtures/spx.csv fixtures/ixic.csv fixtures/rut.csv \\
        --step RUT=500
  Records, drawdown, returns, 52-week range and indicators too:
    $ milestones compute fixtures/ixic.csv --as-of 2026-01-28 --context
  One JSON object per index, for jq:
    $ milestones compute fixtures/spx.csv fixtures/ixic.csv --format ndjson \\
        | jq -r .symbol`;


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
    .addOption(targetOption())
    .addOption(watchOption())
    .addOption(asOfOption())
    .option('--inclusive', 'count both ends of a gap (trading days + 1)')
    .addOption(calendarOption())
    .addOption(atOrAboveOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(COMPUTE_COMMAND_FORMATS))
    .option('--context', 'table: also print records, drawdown, returns, 52-week range, indicators and level history (JSON and NDJSON always have them)')
    .addOption(wideOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', COMPUTE_EXAMPLES)
    .action(async (args: string[], given: RawComputeOptions<ComputeCommandFormat> & { context?: boolean }) => {
      const { files, raw } = withWatchList(args, given);
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const options = toComputeOptions(raw, inputs.length);
      // JSON and NDJSON always carry the market context; the table with --context; CSV never.
      const context = options.format === 'json' || options.format === 'ndjson' || (options.format === 'table' && raw.context === true);
      const progress = io.stderrIsTTY ? startProgress(io) : undefined;
      const read = await readFolds(inputs, options, io, { context }, progress?.update);
      progress?.done();
      printWarnings(read.warnings, io, raw.quiet);
      // Warnings about facts resting on flat rows come with each index's report, after the file's.
      const late: InputWarning[] = [];
      const renderer = await computeRenderer(options.format, await renderContextFor(options.color, raw.wide, io), {
        calendar: raw.calendar !== undefined,
        atOrAbove: raw.atOrAbove,
        inclusive: raw.inclusive,
      });
      const reports = (function* () {
        for (const index of read.indexes) yield reportOf(index, late);
      })();
      await writeStream(io, renderer, reports, () => [...read.warnings, ...late]);
      printWarnings(late, io, raw.quiet);
      setExit(EXIT.ok);
    });
}
