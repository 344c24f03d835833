import { Chalk, type ChalkInstance } from 'chalk';
import { Option } from 'commander';
import type { InputWarning } from '../errors.js';
import { decideColor } from './decideColor.js';
import type { Io } from './Io.type.js';
import { parseDateOption } from './parsers.js';

/** `--format` restricted to `choices`, defaulting to the first. */
export function formatOption(choices: readonly string[]): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(choices[0]);
}

export function asOfOption(): Option {
  return new Option('--as-of <date>', 'compute as if the data ended on this date (YYYY-MM-DD)').argParser(parseDateOption);
}

export function noColorOption(): Option {
  return new Option('--no-color', 'never colour the output');
}

/** The one chalk instance a command renders with: colour decided once, here. */
export function chalkFor(colorFlag: boolean, io: Io): ChalkInstance {
  return new Chalk({ level: decideColor(colorFlag, io.env, io.stdoutIsTTY) });
}

/** Prints data-quality warnings on stderr, one line each. */
export function printWarnings(warnings: readonly InputWarning[], io: Io): void {
  for (const w of warnings) {
    io.stderr(`milestones: warning: ${w.source}${w.line === null ? '' : `:${w.line}`}: ${w.message}\n`);
  }
}
