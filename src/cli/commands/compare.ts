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
import { asOfOption, chalkFor, formatOption, noColorOption, printWarnings, symbolOption, stepOption } from '../sharedOptions.js';
import { resolveInputs } from '../inputFiles.js';
import { readFolds, reportOf } from '../readReports.js';

const COMPARE_EXAMPLES = `
Examples:
  The four US indexes on 2026-01-28:
    $ milestones compare fixtures/spx.csv fixtures/ixic.csv fixtures/dji.csv fixtures/rut.csv --as-of 2026-01-28
  The same for a script, with 500-point milestones for the Russell 2000:
    $ milestones compare fixtures/spx.csv fixtures/rut.csv --step RUT=500 --format csv`;

/** `milestones compare FILE...`: one row per index. */
export function registerCompare(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('compare')
    .summary('one row per index: close, day/MTD/YTD change, distance to record and next milestone')
    .description(
      'Print one row per index in the CSV files: last close, day change, month- and year-to-date change, ' +
        'percent from the record close and its date, the next milestone and the gain needed to reach it, ' +
        'and where the close sits in its 52-week closing range. An index whose data ends before --as-of ' +
        'is shown as of its last session, with a warning on stderr.',
    )
    .argument('<file...>', 'CSV files of daily prices (- for standard input)')
    .addOption(stepOption())
    .addOption(asOfOption())
    .addOption(symbolOption())
    .addOption(formatOption(COMPUTE_FORMATS))
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', COMPARE_EXAMPLES)
    .action(async (files: string[], raw: RawComputeOptions) => {
      const inputs = resolveInputs(files, false, io.stdinIsTTY);
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
      io.stdout(render(result, { chalk: await chalkFor(options.color, io) }));
      setExit(EXIT.ok);
    });
}
