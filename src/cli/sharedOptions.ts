import type { ChalkInstance } from 'chalk';
import { Option } from 'commander';
import { CALENDAR_NAMES } from '../calendar/calendars.js';
import type { InputWarning } from '../errors.js';
import { decideColor } from './decideColor.js';
import { decideWidth } from './decideWidth.js';
import type { RenderContext } from '../render/RenderContext.type.js';
import type { Io } from './Io.type.js';
import { escapeControls } from '../render/escapeControls.js';
import { PLAIN_CHALK } from '../render/plainChalk.js';
import { warningLines } from './warningLines.js';
import { collectStep, collectTarget, parseDateOption, parseLevelList } from './parsers.js';

/** `--format` restricted to `choices`, defaulting to the first. */
export function formatOption(choices: readonly string[]): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(choices[0]);
}

export function asOfOption(): Option {
  return new Option('--as-of <date>', 'compute as if the data ended on this date (YYYY-MM-DD)').argParser(parseDateOption);
}

export function sampleOption(): Option {
  return new Option('--sample', 'read the bundled S&P 500 history (fixtures/spx.csv, 1927 to 2026) before any FILE');
}

export function atOrAboveOption(): Option {
  return new Option('--at-or-above', 'a close equal to the level counts as above it (>= instead of >)');
}

export function symbolOption(): Option {
  return new Option('--symbol <name>', 'symbol for a single file without a symbol column (default: file name)');
}

export function wideOption(): Option {
  return new Option('--wide', 'table: show every column, however wide (by default a table fits the terminal, 80 columns in a pipe, leaving out its least important columns)');
}

export function noColorOption(): Option {
  return new Option('--no-color', 'never colour the output');
}

/**
 * The one chalk instance a command renders with: colour decided once, here. Chalk itself is loaded
 * only for colour: without it, as in a pipe or a script, start-up is shorter.
 */
export async function chalkFor(colorFlag: boolean, io: Io): Promise<ChalkInstance> {
  const level = decideColor(colorFlag, io.env, io.stdoutIsTTY);
  if (level === 0) return PLAIN_CHALK;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

/** Colour and width, decided once for a command's human output. */
export async function renderContextFor(colorFlag: boolean, wide: boolean | undefined, io: Io): Promise<RenderContext> {
  return { chalk: await chalkFor(colorFlag, io), width: decideWidth(wide ?? false, io.env, io.terminalSize) };
}

/** Prints data-quality warnings on stderr, one line each. */
export function printWarnings(warnings: readonly InputWarning[], io: Io, quiet = false): void {
  if (quiet) return;
  for (const line of warningLines(warnings)) io.stderr(`milestones: warning: ${escapeControls(line)}\n`);
}

export function stepOption(): Option {
  return new Option('--step <step>', "milestone every STEP points (default 1000); SYMBOL=STEP sets one index's step; repeatable").argParser(
    collectStep,
  );
}

export function targetOption(description = 'also measure the distance to LEVEL'): Option {
  return new Option('--target <level>', `${description}; SYMBOL=LEVEL sets one index's; repeatable`).argParser(collectTarget);
}

export function levelsOption(): Option {
  return new Option('--levels <list>', 'exactly these milestone levels, e.g. 5000,6000,7000').argParser(parseLevelList);
}

/** `--calendar nyse`: which exchange's sessions (by default, on `compute`: count trading days as its sessions, not rows). */
export function calendarOption(description = "count trading days as the exchange's sessions, not rows"): Option {
  return new Option('--calendar <name>', description).choices(CALENDAR_NAMES);
}
