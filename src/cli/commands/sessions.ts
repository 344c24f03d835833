import type { Command } from 'commander';
import { type CalendarName, CALENDARS } from '../../calendar/calendars.js';
import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import { UsageError } from '../../errors.js';
import type { CommandContext } from '../CommandContext.type.js';
import { EXIT } from '../exitCodes.js';
import { parseDateOption } from '../parsers.js';
import { calendarOption } from '../sharedOptions.js';

interface RawSessionsOptions {
  calendar: CalendarName;
  inclusive?: boolean;
}

const SESSIONS_EXAMPLES = `
Counting:
  The count is of the sessions after FROM up to and including TO, as a milestone
  gap counts them from one first close to the next: a file holding exactly the
  exchange's sessions has that many rows after FROM's. --inclusive counts FROM
  too (adds 1), as compute --inclusive does. Half-days are sessions.

Examples:
  The Dow's 1,000 → 2,000 (first closes 1972-11-14 and 1987-01-08): 3573
    $ milestones sessions 1972-11-14 1987-01-08
  The S&P 500's 5,000 → 6,000: 190
    $ milestones sessions 2024-02-09 2024-11-11`;

/** `milestones sessions FROM TO`: how many exchange sessions between two dates. */
export function registerSessions(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('sessions')
    .summary('the number of NYSE sessions between two dates, counted as milestone gaps are')
    .description(
      "Print the number of the exchange's sessions after FROM up to and including TO (NYSE: from 1885 on, " +
        'weekends, holidays and special closures left out), for checking a published trading-day count.',
    )
    .argument('<from>', 'the first date, YYYY-MM-DD (not counted unless --inclusive)', parseDateOption)
    .argument('<to>', 'the last date, YYYY-MM-DD (counted)', parseDateOption)
    .addOption(calendarOption('the exchange whose sessions to count').default('nyse'))
    .option('--inclusive', 'count both ends (the count + 1)')
    .addHelpText('after', SESSIONS_EXAMPLES)
    .action((from: number, to: number, raw: RawSessionsOptions) => {
      const calendar = CALENDARS[raw.calendar]();
      for (const [name, day] of [['FROM', from], ['TO', to]] as const) {
        if (!calendar.covers(day)) {
          throw new UsageError(`${name} ${isoFromDayNumber(day)} is outside the ${raw.calendar.toUpperCase()} calendar (${calendar.span})`);
        }
      }
      if (to < from) throw new UsageError(`TO ${isoFromDayNumber(to)} is before FROM ${isoFromDayNumber(from)}`);
      io.stdout(`${calendar.countSessions(from, to) + (raw.inclusive ? 1 : 0)}\n`);
      setExit(EXIT.ok);
    });
}
