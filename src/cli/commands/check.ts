import type { Command } from 'commander';
import { type RawCheckOptions, toCheckCondition } from '../checkOptions.js';
import type { CommandContext } from '../CommandContext.type.js';
import { toSymbol } from '../computeOptions.js';
import { computeDistances } from '../computeDistances.js';
import { evaluateCheck } from '../evaluateCheck.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { escapeControls } from '../../render/escapeControls.js';
import { collectTarget } from '../parsers.js';
import { watchOption, withWatchList } from '../watchList.js';
import { addReadOptions, type RawReadOptions, toReadOptions } from '../readOptions.js';
import { CHECK_MAX_STALE_DAYS, refuseStaleData } from '../dataWindow.js';
import { asOfOption, atOrAboveOption, printWarnings, sampleOption, symbolOption, targetOption } from '../sharedOptions.js';

interface RawOptions extends RawCheckOptions, RawReadOptions {
  asOf?: number;
  symbol?: string;
  sample?: boolean;
  verbose?: boolean;
  allowStale?: boolean;
  watch?: string;
}

const CHECK_HELP = `
Conditions (give exactly one; "above" is strict, >, unless --at-or-above):
  --above LEVEL         the last close (on or before --as-of) is above LEVEL
  --closed-above LEVEL  some close, up to the last session, was above LEVEL
  --touched LEVEL       some session traded above LEVEL intraday (its high, or
                        its close); needs a high column
  --below LEVEL         the last close is below LEVEL
  LEVEL is one level (7000) or levels by symbol (SPX=7000,DJI=50000); a flag
  without it takes each index's --target, or its target in --watch FILE.

Examples:
  Has the S&P 500 ever closed above 7,000? (exit 0 yes, 1 no)
    $ milestones check --sample --closed-above 7000 && echo "it has"
  In a cron job: was the last close of every index above its level?
    $ milestones check fixtures/spx.csv --above 7000 --verbose
  On 2026-01-28 it had touched 7,000 (exit 0) but not closed above it (exit 1):
    $ milestones check fixtures/spx.csv --as-of 2026-01-28 --touched 7000
    $ milestones check fixtures/spx.csv --as-of 2026-01-28 --closed-above 7000
  Has every index of a watch list closed above its target?
    $ milestones check --watch desk.json --closed-above`;

/** `milestones check FILE... --above LEVEL`: answers with the exit status alone, like `test` and `grep -q`. */
export function registerCheck(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('check')
    .summary('exit 0 if a condition holds for every index, 1 if not (prints nothing)')
    .description(
      'Test one condition on every index in the CSV files and answer with the exit status: 0 it holds for every ' +
        'index, 1 it does not, 2 or more an error. Prints nothing on stdout; --verbose says why on stderr. ' +
        'FILE is a CSV with date and close columns (high optional); - reads standard input.',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .option('--above [level]', 'the last close is above LEVEL', collectTarget)
    .option('--closed-above [level]', 'some close was above LEVEL', collectTarget)
    .option('--touched [level]', 'some session traded above LEVEL intraday', collectTarget)
    .option('--below [level]', 'the last close is below LEVEL', collectTarget)
    .addOption(targetOption('the level of a condition flag given without one'))
    .addOption(watchOption())
    .addOption(asOfOption())
    .addOption(atOrAboveOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .option('--allow-stale', `answer even when an index's data end more than ${CHECK_MAX_STALE_DAYS} calendar days before --as-of (without it, before the latest session of the run's other indexes)`)
    .option('--verbose', 'say on stderr, for each index, whether the condition holds and why');
  addReadOptions(command)
    .addHelpText('after', CHECK_HELP)
    .action(async (args: string[], given: RawOptions) => {
      const { files, raw } = withWatchList(args, given);
      const condition = toCheckCondition(raw);
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const query = { levels: condition.levels, asOfDay: raw.asOf ?? null, atOrAbove: condition.atOrAbove, read: toReadOptions(raw, toSymbol(raw.symbol, inputs.length)) };
      const result = await computeDistances(inputs, query, io);
      if (!raw.allowStale) refuseStaleData(result.rows.map((row) => ({ symbol: row.symbol, source: row.source, lastDay: row.asOf })), query.asOfDay);
      // Quiet like `grep -q`: data-quality warnings only with --verbose (--strict still fails on them).
      printWarnings(result.warnings, io, !raw.verbose || raw.quiet);
      // Every index is evaluated first, so a missing high column is an error even after a "no".
      const verdicts = result.rows.map((row) => evaluateCheck(row, condition));
      if (raw.verbose) for (const v of verdicts) io.stderr(`milestones: ${escapeControls(v.reason)}\n`);
      setExit(verdicts.every((v) => v.holds) ? EXIT.ok : EXIT.no);
    });
}
