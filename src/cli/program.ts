import { Chalk } from 'chalk';
import { Command, Option } from 'commander';
import { renderCsv } from '../render/renderCsv.js';
import { renderJson } from '../render/renderJson.js';
import { renderTable } from '../render/renderTable.js';
import { computeReports } from './commands/compute.js';
import { type RawComputeOptions, toComputeOptions } from './computeOptions.js';
import { decideColor } from './decideColor.js';
import { EXIT } from './exitCodes.js';
import type { Io } from './Io.type.js';
import { collectStep, parseDateOption, parseLevelList, parsePositive } from './parsers.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  check: the condition does not hold
  2  usage error (unknown option, bad option value)
  3  input error (missing file, bad row, conflicting duplicate dates)
  4  internal error (a bug in milestones)`;

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

/** The `milestones` command line. Actions write through `io`; the exit status is returned via `setExit`. */
export function buildProgram(io: Io, version: string, setExit: (code: number) => void): Command {
  const program = new Command('milestones')
    .description('Turn a CSV of daily index prices into the milestone facts market news is written from.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`milestones: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText('after', EXIT_CODES_HELP);

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
    .option('--as-of <date>', 'compute as if the data ended on this date (YYYY-MM-DD)', parseDateOption)
    .option('--inclusive', 'count both ends of a gap (trading days + 1)')
    .option('--at-or-above', 'a close equal to the level counts as above it (>= instead of >)')
    .option('--symbol <name>', 'symbol for a single file without a symbol column (default: file name)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--no-color', 'never colour the output')
    .addHelpText('after', COMPUTE_EXAMPLES)
    .action(async (files: string[], raw: RawComputeOptions) => {
      const options = toComputeOptions(raw, files.length);
      const result = await computeReports(files, options, io);
      for (const w of result.warnings) {
        io.stderr(`milestones: warning: ${w.source}${w.line === null ? '' : `:${w.line}`}: ${w.message}\n`);
      }
      const chalk = new Chalk({ level: decideColor(options.color, io.env, io.stdoutIsTTY) });
      const render = { table: renderTable, json: renderJson, csv: renderCsv }[options.format];
      io.stdout(render(result, { chalk }));
      setExit(EXIT.ok);
    });

  return program;
}
