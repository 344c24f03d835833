import { type Command, InvalidArgumentError } from 'commander';
import type { DrawdownRow } from '../../render/drawdownColumns.js';
import {
  renderDrawdownsCsv,
  renderDrawdownsJson,
  renderDrawdownsMarkdown,
  renderDrawdownsNdjson,
  renderDrawdownsTable,
} from '../../render/renderDrawdowns.js';
import type { CommandContext } from '../CommandContext.type.js';
import { COMPUTE_FORMATS, type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { findKnownIndex } from '../../registry/findKnownIndex.js';
import { parsePositive } from '../parsers.js';
import { addReadOptions } from '../readOptions.js';
import { readFolds } from '../readReports.js';
import { asOfOption, formatOption, noColorOption, printWarnings, renderContextFor, sampleOption, symbolOption, wideOption } from '../sharedOptions.js';

export const DEFAULT_MIN_DRAWDOWN_PCT = 10;

/** `--min 10`: a depth in percent, above 0 and below 100. */
export function parseMinDepth(text: string): number {
  const value = parsePositive(text);
  if (value >= 100) throw new InvalidArgumentError(`expected a percentage below 100, got ${JSON.stringify(text)}`);
  return value;
}

const DRAWDOWNS_EXAMPLES = `
Examples:
  Every S&P 500 correction and bear market:
    $ milestones drawdowns fixtures/spx.csv
  Bear markets only, of the Nasdaq, as CSV:
    $ milestones drawdowns fixtures/ixic.csv --min 20 --format csv`;

/** `milestones drawdowns FILE... [--min PCT]`: every fall of at least PCT from a record close. */
export function registerDrawdowns(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('drawdowns')
    .summary('every fall of at least --min percent from a record close, and its recovery')
    .description(
      'Print every drawdown of each index at least --min percent deep: peak (the last record close before ' +
        'the fall), trough (the lowest close before recovery), depth, recovery (the first close at or above ' +
        'the peak close; "open" while the index has not recovered), sessions from peak to trough and from ' +
        'trough to recovery, and a label: correction (10% or more) or bear market (20% or more).',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .option('--min <pct>', `minimum depth in percent (default ${DEFAULT_MIN_DRAWDOWN_PCT})`, parseMinDepth)
    .addOption(asOfOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(COMPUTE_FORMATS))
    .addOption(wideOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', DRAWDOWNS_EXAMPLES)
    .action(async (files: string[], raw: RawComputeOptions & { min?: number }) => {
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const options = toComputeOptions(raw, inputs.length);
      const minDepthPct = raw.min ?? DEFAULT_MIN_DRAWDOWN_PCT;
      const read = await readFolds(inputs, options, io, { drawdownMinPct: minDepthPct });
      const warnings = [...read.warnings];
      const rows: DrawdownRow[] = [];
      for (const index of read.indexes) {
        const name = findKnownIndex(index.symbol)?.name ?? null;
        for (const episode of index.fold.drawdowns!.episodes()) rows.push({ symbol: index.symbol, name, ...episode });
      }
      printWarnings(warnings, io, raw.quiet);
      const result = { minDepthPct, rows, warnings };
      const render = {
        table: renderDrawdownsTable,
        json: renderDrawdownsJson,
        ndjson: renderDrawdownsNdjson,
        csv: renderDrawdownsCsv,
        markdown: renderDrawdownsMarkdown,
      }[options.format];
      io.stdout(render(result, await renderContextFor(options.color, raw.wide, io)));
      setExit(EXIT.ok);
    });
}
