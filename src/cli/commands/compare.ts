import type { Command } from 'commander';
import {
  renderCompareCsv,
  renderCompareJson,
  renderCompareMarkdown,
  renderCompareNdjson,
  renderCompareTable,
} from '../../render/renderCompare.js';
import type { CommandContext } from '../CommandContext.type.js';
import { COMPUTE_FORMATS, type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT } from '../exitCodes.js';
import { addReadOptions } from '../readOptions.js';
import { asOfOption, formatOption, noColorOption, printWarnings, renderContextFor, sampleOption, stepOption, symbolOption, targetOption, wideOption } from '../sharedOptions.js';
import { watchOption, withWatchList } from '../watchList.js';
import { resolveInputs } from '../inputFiles.js';
import { readFolds, reportOf } from '../readReports.js';

const COMPARE_EXAMPLES = `
Columns:
  The table fits the terminal (80 columns in a pipe; COLUMNS sets the width):
  index, close, day's change, percent from the record close, next milestone
  (or target) and the close's distance to it in points and percent; then, as
  room allows, the sessions since the last milestone, the gain needed, the
  record close's date and value, the change in points, the date, the last
  milestone, the record high, year- and month-to-date changes and the 52-week
  range. --wide shows them all; markdown, CSV and JSON always have them all.

Examples:
  The four US indexes on 2026-01-28:
    $ milestones compare fixtures/spx.csv fixtures/ixic.csv fixtures/dji.csv \\
        fixtures/rut.csv --as-of 2026-01-28
  A watch list: the S&P 500 to 7,000, the Dow to 50,000, the Nasdaq to 25,000:
    $ milestones compare fixtures/spx.csv fixtures/dji.csv fixtures/ixic.csv \\
        --target SPX=7000,DJI=50000,IXIC=25000
  The same kept in a file (examples/desk.json has "files" and "target"):
    $ milestones compare --watch examples/desk.json
  For a script, with 500-point milestones for the Russell 2000:
    $ milestones compare fixtures/spx.csv fixtures/rut.csv \\
        --step RUT=500 --format csv`;

/** `milestones compare FILE...`: one table, a row per index. */
export function registerCompare(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('compare')
    .summary('one table, a row per index: close, change, record, next milestone or target')
    .description(
      'Print one table with a row per index in the CSV files: the last close and its date, the day\'s change, ' +
        'the record close and high (and dates) and the percent from each, the next milestone (the lowest level ' +
        'never closed above) or the --target, the distance to it in points and percent and the gain needed, ' +
        'the sessions since the last milestone, month- and year-to-date change and the 52-week range. An index ' +
        'whose data ends before the others is named in the caption with its date, and warned about on stderr.',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .addOption(stepOption())
    .addOption(targetOption('also measure each index against LEVEL (in the table, in place of the next milestone)'))
    .addOption(watchOption())
    .addOption(asOfOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(COMPUTE_FORMATS))
    .addOption(wideOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', COMPARE_EXAMPLES)
    .action(async (args: string[], given: RawComputeOptions) => {
      const { files, raw } = withWatchList(args, given);
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const options = toComputeOptions(raw, inputs.length);
      const read = await readFolds(inputs, options, io, { context: 'withoutLevels' });
      const warnings = [...read.warnings];
      // A row keeps what the columns read: not the milestone levels (a market-wide file has 300,000).
      const rows = read.indexes.map((index) => ({ ...reportOf(index, warnings), milestones: [] }));
      printWarnings(warnings, io, raw.quiet);
      const result = { rows, warnings };
      const render = {
        table: renderCompareTable,
        json: renderCompareJson,
        ndjson: renderCompareNdjson,
        csv: renderCompareCsv,
        markdown: renderCompareMarkdown,
      }[options.format];
      io.stdout(render(result, await renderContextFor(options.color, raw.wide, io)));
      setExit(EXIT.ok);
    });
}
