import type { Command } from 'commander';
import { DISTANCE_FORMATS, DISTANCE_RENDERERS, type DistanceFormat } from '../../render/renderDistance.js';
import type { CommandContext } from '../CommandContext.type.js';
import { toSymbol } from '../computeOptions.js';
import { computeDistances } from '../computeDistances.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { collectTarget, mergePerSymbol, type PerSymbol } from '../parsers.js';
import { UsageError } from '../../errors.js';
import { watchOption, withWatchList } from '../watchList.js';
import { addReadOptions, type RawReadOptions, toReadOptions } from '../readOptions.js';
import {
  asOfOption,
  atOrAboveOption,
  renderContextFor,
  wideOption,
  formatOption,
  noColorOption,
  printWarnings,
  sampleOption,
  symbolOption,
  targetOption,
} from '../sharedOptions.js';

interface RawDistanceOptions extends RawReadOptions {
  asOf?: number;
  atOrAbove?: boolean;
  symbol?: string;
  sample?: boolean;
  target?: PerSymbol;
  watch?: string;
  format: DistanceFormat;
  color: boolean;
  wide?: boolean;
}

const DISTANCE_EXAMPLES = `
Examples:
  How far is the S&P 500 from 7,000, and has it touched or closed above it?
    $ milestones distance 7000 --sample
  The same on 2026-01-28, for several indexes:
    $ milestones distance 7000 fixtures/spx.csv fixtures/ixic.csv \\
        --as-of 2026-01-28
  Each index against its own level (or from a watch list: --watch desk.json):
    $ milestones distance SPX=7000,DJI=50000 fixtures/spx.csv fixtures/dji.csv
  Just the signed percent, for a shell variable:
    $ pct=$(milestones distance 7000 fixtures/spx.csv --format value)`;

/** `milestones distance TARGET FILE...`: each index's last close against a level. */
export function registerDistance(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('distance')
    .summary('how far each index closed from a level, and whether it touched or closed above it')
    .description(
      'Print, for each index in the CSV files, its last close and the signed distance to TARGET in points and ' +
        'percent (negative: below), and the first sessions that traded above TARGET intraday and closed above it. ' +
        'TARGET is a level for every index (7000 or 7,000) or levels by symbol (SPX=7000,DJI=50000); with ' +
        '--target or --watch it can be left out. FILE is a CSV with date and close columns (high optional); ' +
        '- reads standard input.',
    )
    .argument('[target]', 'the level, in index points (7000, 7,000, or SPX=7000,DJI=50000)')
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .addOption(targetOption('the level, as TARGET'))
    .addOption(watchOption())
    .addOption(asOfOption())
    .addOption(atOrAboveOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(DISTANCE_FORMATS))
    .addOption(wideOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', DISTANCE_EXAMPLES)
    .action(async (first: string | undefined, rest: string[], given: RawDistanceOptions) => {
      const { target, args } = splitTarget(first, rest, given.target);
      const { files, raw } = withWatchList(args, { ...given, target });
      if (raw.target === undefined) throw new UsageError('missing argument \'target\' (a level such as 7000, SPX=7000, or --target / --watch)');
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const query = { levels: raw.target, asOfDay: raw.asOf ?? null, atOrAbove: raw.atOrAbove ?? false, read: toReadOptions(raw, toSymbol(raw.symbol, inputs.length)) };
      const result = await computeDistances(inputs, query, io);
      printWarnings(result.warnings, io, raw.quiet);
      io.stdout(DISTANCE_RENDERERS[raw.format](result, await renderContextFor(raw.color, raw.wide, io)));
      setExit(EXIT.ok);
    });
}

/**
 * The first argument is TARGET when it reads as one (`7000`, `SPX=7000,DJI=50000`), else the first
 * file (with `--target` or `--watch` giving the levels); `--target`'s levels come on top of TARGET's.
 */
function splitTarget(first: string | undefined, rest: readonly string[], option: PerSymbol | undefined): { target: PerSymbol | undefined; args: string[] } {
  if (first === undefined) return { target: option, args: [...rest] };
  let positional: PerSymbol;
  try {
    positional = collectTarget(first, undefined);
  } catch {
    return { target: option, args: [first, ...rest] };
  }
  return { target: mergePerSymbol(positional, option), args: [...rest] };
}
