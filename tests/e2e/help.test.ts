import { spawnSync } from 'node:child_process';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/Io.type.js';
import { buildProgram } from '../../src/cli/program.js';
import { BIN, ROOT, runCli } from '../helpers/runCli.js';

const COMMANDS = ['compute', 'distance', 'check', 'compare', 'drawdowns', 'chart', 'quality', 'sessions'];
const HEADINGS = ['Input options:', 'Level options:', 'Output options:', 'Other options:'];

/** The option lines (`  --flag …`) under each heading of a help text, descriptions' wrapped lines left out. */
function optionGroups(help: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const section of help.split('\n\n')) {
    const [heading, ...lines] = section.split('\n');
    if (heading.endsWith('options:') || heading === 'Options:') groups.set(heading, lines.filter((l) => /^ {2}-/.test(l)).map((l) => l.trim().split(/ {2,}/)[0]));
  }
  return groups;
}

/** `milestones ARGS` in-process, with standard output a terminal of `columns` columns. */
async function helpInTerminal(args: string[], columns: number): Promise<string> {
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, env: {}, stdoutIsTTY: true, terminalSize: { columns, rows: 24 } } as unknown as Io;
  const program = await buildProgram(io, '0.0.0', () => {});
  await program.parseAsync(['node', 'milestones', ...args]).catch((error: { exitCode?: number }) => expect(error.exitCode).toBe(0));
  return stdout;
}

describe('help', () => {
  for (const command of COMMANDS) {
    it(`groups ${command}'s options under Input, Level, Output and Other headings, every option but --help in a named one`, () => {
      const r = runCli([command, '--help']);
      expect(r.code).toBe(0);
      const groups = optionGroups(r.stdout);
      const headings = [...groups.keys()];
      expect(headings, 'in this order, no plain "Options:"').toEqual(HEADINGS.filter((h) => groups.has(h)));
      expect(groups.get('Other options:'), 'an option missing from src/cli/helpLayout.ts GROUPS').toEqual(['-h, --help']);
      expect(groups.get('Input options:')?.length ?? 0).toBeGreaterThan(0);
    });
  }

  it('fits 80 columns when standard output is a pipe and COLUMNS is unset, example commands too', () => {
    const env = { ...process.env };
    delete env.COLUMNS;
    for (const args of [['--help'], ...COMMANDS.map((c) => ['help', c])]) {
      const r = spawnSync(BIN, args, { cwd: ROOT, env, encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(0);
      const long = r.stdout.split('\n').filter((line) => stringWidth(line) > 80);
      expect(long, args.join(' ')).toEqual([]);
    }
  });

  it("wraps descriptions to a terminal's width, at most 100 columns", async () => {
    const width = (text: string) => Math.max(...text.split('\n').filter((l) => !l.startsWith('    $ ')).map((l) => l.length));
    // What commander lays out: up to the hand-wrapped sections, 80 wide.
    expect(width((await helpInTerminal(['compute', '--help'], 60)).split('\n\nInput:\n')[0])).toBeLessThanOrEqual(60);
    const wide = await helpInTerminal(['compute', '--help'], 200);
    expect(width(wide)).toBeGreaterThan(80);
    expect(width(wide)).toBeLessThanOrEqual(100);
  });

  it('lists the exit codes once, in the top-level help; a command points there', () => {
    const top = runCli(['--help']).stdout;
    expect(top).toMatch(/\nExit codes:\n {2}0 [^\n]+\n {2}1 [^\n]+\n {2}2 [^\n]+\n {2}3 [^\n]+\n {2}4 [^\n]+\n {2}5 [^\n]+\n$/);
    for (const command of COMMANDS) {
      const help = runCli(['help', command]).stdout;
      expect(help, command).not.toContain('  2  usage error');
      expect(help, command).toMatch(/\nExamples:\n[\s\S]+\n\nExit codes: see milestones --help\.\n$/);
    }
  });

  it('lists the commands by name, their descriptions wrapped', () => {
    expect(runCli(['--help']).stdout).toContain('\nCommands:\n  compute        the milestone table and record/distance summary of each index\n');
  });

  it('answers help on an unknown command with one line on stderr and exit 2, as the unknown command itself', () => {
    for (const args of [['help', 'nonsense'], ['nonsense']]) {
      expect(runCli(args), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: "milestones: unknown command 'nonsense'\n" });
    }
    for (const args of [['help', 'comptue'], ['comptue']]) {
      expect(runCli(args), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: "milestones: unknown command 'comptue' (did you mean compute?)\n" });
    }
    expect(runCli(['compute', '--frmat', 'csv']).stderr).toBe("milestones: unknown option '--frmat' (did you mean --format?)\n");
  });

  it('gives help on a command with `help COMMAND` as with `COMMAND --help`', () => {
    expect(runCli(['help', 'sessions'])).toEqual(runCli(['sessions', '--help']));
  });
});
