import type { Command } from 'commander';
import { computePendingReports, type PendingOptions } from '../../pipeline/computePendingReports.js';
import type { OnProgress } from '../../pipeline/computePlainFile.js';
import type { ComputeResult } from '../../render/ComputeResult.type.js';
import type { CommandContext } from '../CommandContext.type.js';
import { type RawComputeOptions, toComputeOptions } from '../computeOptions.js';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.js';
import type { Io } from '../Io.type.js';
import { collectStep, parseLevelList, parsePositive } from '../parsers.js';
import { asOfOption, chalkFor, formatOption, noColorOption, printWarnings } from '../sharedOptions.js';
import { startProgress } from '../startProgress.js';
import { writeCsvByIndex } from '../writeCsvByIndex.js';

/** Reads every file, then computes each index's report (plain files stream; see `computePendingReports`). */
export async function computeReports(
  files: readonly string[],
  options: ReturnType<typeof toComputeOptions>,
  io: Io,
  onProgress?: OnProgress,
): Promise<ComputeResult> {
  const pending = await computePendingReports(files, pendingOptions(options, io), io.readText, onProgress);
  return { indexes: pending.indexes.map((p) => p.report()), warnings: pending.warnings };
}

/** MILESTONES_THREADS=2 splits a large file between two threads (the benchmark measures both). */
function pendingOptions(options: ReturnType<typeof toComputeOptions>, io: Io): PendingOptions {
  return { ...options, parallel: io.env.MILESTONES_THREADS === '2' };
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
      const pending = await computePendingReports(files, pendingOptions(options, io), io.readText, progress?.update);
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
