import { Command } from 'commander';
import type { CommandContext } from './CommandContext.type.js';
import { EXIT_CODES_HELP } from './exitCodes.js';
import { groupOptions, helpLayout } from './helpLayout.js';
import type { Io } from './Io.type.js';

type Register = (program: Command, context: CommandContext) => void;

/**
 * Each command's registration, in help order, loaded when needed: a run loads only its own command's
 * modules (start-up time matters to scripts that call the tool in a loop).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  compute: async () => (await import('./commands/compute.js')).registerCompute,
  distance: async () => (await import('./commands/distance.js')).registerDistance,
  check: async () => (await import('./commands/check.js')).registerCheck,
  compare: async () => (await import('./commands/compare.js')).registerCompare,
  drawdowns: async () => (await import('./commands/drawdowns.js')).registerDrawdowns,
  chart: async () => (await import('./commands/chart.js')).registerChart,
  quality: async () => (await import('./commands/quality.js')).registerQuality,
  sessions: async () => (await import('./commands/sessions.js')).registerSessions,
};

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

const SEE_EXIT_CODES = '\nExit codes: see milestones --help.';

/**
 * The `milestones` command line. Actions write through `io`; the exit status is returned via `setExit`.
 * With `argv`, a run of one command registers that command only; help, a typo (which gets a
 * suggestion) or no command register them all.
 */
export async function buildProgram(io: Io, version: string, setExit: (code: number) => void, argv?: readonly string[]): Promise<Command> {
  const program = new Command('milestones')
    .description('Turn a CSV of daily index prices into the milestone facts market news is written from.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp(helpLayout(io.terminalSize?.columns))
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // One line: commander puts its suggestion on a second.
      outputError: (s, write) => write(`milestones: ${s.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')}`),
    })
    .addHelpText('after', `${ROOT_EXAMPLES}${EXIT_CODES_HELP}`);

  // The root has no option that takes a value: the first word that is not an option is the command.
  const named = argv?.slice(2).find((arg) => !arg.startsWith('-'));
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]()))) register(program, { io, setExit });
  for (const command of program.commands) groupOptions(command.addHelpText('after', SEE_EXIT_CODES));

  return program;
}

/**
 * The arguments to parse: `help NAME` for a NAME that is no command is parsed as `NAME`, so it fails
 * as an unknown command does (one line, with a suggestion) rather than with the whole help on stderr.
 */
export function routeHelp(argv: readonly string[]): string[] {
  const [first, name] = argv.slice(2);
  const unknown = first === 'help' && name !== undefined && !name.startsWith('-') && !Object.hasOwn(COMMANDS, name);
  return unknown ? [...argv.slice(0, 2), name] : [...argv];
}
