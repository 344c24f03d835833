import { Command } from 'commander';
import { registerChart } from './commands/chart.js';
import { registerCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerCompute } from './commands/compute.js';
import { registerDistance } from './commands/distance.js';
import { registerDrawdowns } from './commands/drawdowns.js';
import { EXIT_CODES_HELP } from './exitCodes.js';
import type { Io } from './Io.type.js';

const ROOT_EXAMPLES = `
Examples:
  The milestone table of the bundled S&P 500 history:
    $ milestones compute --sample
  How far is it from 7,000?
    $ milestones distance 7000 --sample
  Has it closed above 7,000? (exit status 0 yes, 1 no)
    $ milestones check --sample --closed-above 7000
  Help on one command:
    $ milestones help distance
`;

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
    .addHelpText('after', `${ROOT_EXAMPLES}${EXIT_CODES_HELP}`);

  registerCompute(program, { io, setExit });
  registerDistance(program, { io, setExit });
  registerCheck(program, { io, setExit });
  registerCompare(program, { io, setExit });
  registerDrawdowns(program, { io, setExit });
  registerChart(program, { io, setExit });

  return program;
}
