import { Command } from 'commander';
import { registerChart } from './commands/chart.js';
import { registerCompute } from './commands/compute.js';
import { EXIT_CODES_HELP } from './exitCodes.js';
import type { Io } from './Io.type.js';

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

  registerCompute(program, { io, setExit });
  registerChart(program, { io, setExit });

  return program;
}
