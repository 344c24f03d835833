import { type Command, Help, Option } from 'commander';

/**
 * Each command's options under a heading in its help, headings and options in this order, by long
 * name: one table for every command, so an option reads in the same place wherever it appears.
 */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  'Input options:': ['--watch', '--sample', '--symbol', '--as-of', '--from', '--to', '--calendar', '--date-order', '--skip-bad-rows', '--strict', '--allow-stale'],
  'Level options:': ['--step', '--levels', '--target', '--above', '--closed-above', '--touched', '--below', '--min', '--inclusive', '--at-or-above'],
  'Output options:': ['--format', '--out', '--width', '--height', '--title', '--log', '--linear', '--normalize', '--context', '--wide', '--source', '--no-color', '--quiet', '--verbose'],
  'Other options:': ['--help'],
};

/** Where an option missing from `GROUPS` lands (a test fails on any but `--help` there). */
export const OTHER_OPTIONS = 'Other options:';

const HEADINGS = Object.keys(GROUPS);
const NAMES = Object.values(GROUPS).flat();
const HEADING_OF = new Map(Object.entries(GROUPS).flatMap(([heading, names]) => names.map((name) => [name, heading] as const)));

/** Puts each of a command's options, its help option too, under its heading. */
export function groupOptions(command: Command): void {
  // Its own help option: the one it inherits is the top level's, whose help keeps a plain "Options:".
  command.helpOption('-h, --help', 'show help');
  for (const option of command.createHelp().visibleOptions(command)) option.helpGroup(headingOf(option));
}

function headingOf(option: Option): string {
  return HEADING_OF.get(option.long ?? '') ?? OTHER_OPTIONS;
}

/**
 * The help layout, for `configureHelp`: wrapped to the terminal's columns, at most 100 (80 when
 * standard output is no terminal; the hand-wrapped sections, such as the examples, are 80 wide); options in `GROUPS` order (commander's is that of registration);
 * commands listed by name (with their arguments, the column left for the descriptions would be too
 * narrow to wrap them).
 */
export function helpLayout(terminalColumns: number | undefined): Partial<Help> {
  return {
    helpWidth: Math.min(terminalColumns ?? 80, 100),
    // Commander leaves a description unwrapped when its column is narrower than 40, whole lines the terminal then breaks anywhere.
    minWidthToWrap: 20,
    subcommandTerm: (command) => command.name(),
    groupItems: (unsorted, visible, getGroup) => {
      const rank = (item: Command | Option) => (item instanceof Option ? NAMES.indexOf(item.long ?? '') : 0);
      const groups = [...new Help().groupItems(unsorted, visible, getGroup)].sort(([a], [b]) => HEADINGS.indexOf(a) - HEADINGS.indexOf(b));
      return new Map(groups.map(([heading, items]) => [heading, [...items].sort((a, b) => rank(a) - rank(b))]));
    },
  };
}
