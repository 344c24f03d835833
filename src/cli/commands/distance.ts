import type { Command } from 'commander';
import { DISTANCE_FORMATS, DISTANCE_RENDERERS, type DistanceFormat } from '../../render/renderDistance.js';
import type { CommandContext } from '../CommandContext.type.js';
import { toSymbol } from '../computeOptions.js';
import { computeDistances } from '../computeDistances.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { parsePositive } from '../parsers.js';
import { addReadOptions, type RawReadOptions, toReadOptions } from '../readOptions.js';
import {
  asOfOption,
  atOrAboveOption,
  chalkFor,
  formatOption,
  noColorOption,
  printWarnings,
  sampleOption,
  symbolOption,
} from '../sharedOptions.js';

interface RawDistanceOptions extends RawReadOptions {
  asOf?: number;
  atOrAbove?: boolean;
  symbol?: string;
  sample?: boolean;
  format: DistanceFormat;
  color: boolean;
}

const DISTANCE_EXAMPLES = `
Examples:
  How far is the S&P 500 from 7,000, and has it touched or closed above it?
    $ milestones distance 7000 --sample
  The same on 2026-01-28, for several indexes:
    $ milestones distance 7000 fixtures/spx.csv fixtures/ixic.csv --as-of 2026-01-28
  Just the signed percent, for a shell variable:
    $ pct=$(milestones distance 7000 fixtures/spx.csv --format value)`;

/** `milestones distance TARGET FILE...`: each index's last close against one level. */
export function registerDistance(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('distance')
    .summary('how far each index closed from a level, and whether it touched or closed above it')
    .description(
      'Print, for each index in the CSV files, its last close and the signed distance to TARGET in points and ' +
        'percent (negative: below), and the first sessions that traded above TARGET intraday and closed above it. ' +
        'FILE is a CSV with date and close columns (high optional); - reads standard input.',
    )
    .argument('<target>', 'the level, in index points (7000 or 7,000)', parsePositive)
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .addOption(asOfOption())
    .addOption(atOrAboveOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(DISTANCE_FORMATS))
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', DISTANCE_EXAMPLES)
    .action(async (target: number, files: string[], raw: RawDistanceOptions) => {
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const query = { level: target, asOfDay: raw.asOf ?? null, atOrAbove: raw.atOrAbove ?? false, read: toReadOptions(raw, toSymbol(raw.symbol, inputs.length)) };
      const result = await computeDistances(inputs, query, io);
      printWarnings(result.warnings, io, raw.quiet);
      io.stdout(DISTANCE_RENDERERS[raw.format](result, { chalk: await chalkFor(raw.color, io) }));
      setExit(EXIT.ok);
    });
}
