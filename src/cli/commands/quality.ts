import type { Command } from 'commander';
import { type CalendarName, CALENDARS } from '../../calendar/calendars.js';
import { SessionAudit } from '../../calendar/SessionAudit.js';
import type { QualityReport } from '../../render/QualityReport.type.js';
import { QUALITY_FORMATS, type QualityFormat, qualityRenderer } from '../../render/renderQuality.js';
import { readIndexes } from '../../pipeline/readIndexes.js';
import type { CommandContext } from '../CommandContext.type.js';
import { toSymbol } from '../computeOptions.js';
import { EXIT } from '../exitCodes.js';
import { resolveInputs } from '../inputFiles.js';
import { parseDateOption } from '../parsers.js';
import { addReadOptions, type RawReadOptions, toReadOptions } from '../readOptions.js';
import { asOfOption, calendarOption, renderContextFor, wideOption, formatOption, noColorOption, printWarnings, sampleOption, symbolOption } from '../sharedOptions.js';
import { rowFindings } from '../rowFindings.js';
import { writeStream } from '../writeStream.js';

interface RawQualityOptions extends RawReadOptions {
  calendar: CalendarName;
  from?: number;
  asOf?: number;
  symbol?: string;
  sample?: boolean;
  format: QualityFormat;
  color: boolean;
  wide?: boolean;
}

const QUALITY_EXAMPLES = `
Findings:
  rows on non-sessions   rows dated on days the exchange was closed (weekends,
                         holidays, special closures), with their line numbers;
                         rows with no session between them make one stretch
  missing sessions       sessions between two rows that the file lacks, as
                         stretches
  rows outside calendar  rows dated before or after the days the calendar knows
  Only the span from each index's first row to its last is checked.

Examples:
  The Dow's rows and sessions against the NYSE calendar since 1953:
    $ milestones quality fixtures/dji.csv --from 1953-01-01
  The same as CSV, one line per finding:
    $ milestones quality fixtures/dji.csv --from 1953-01-01 --format csv
  The Nasdaq's rows as they stood at the end of 1989:
    $ milestones quality fixtures/ixic.csv --as-of 1989-12-31`;

/** The fold of one index for `quality`: its rows against the calendar. */
class QualityFold {
  readonly audit: SessionAudit;
  constructor(calendar: SessionAudit['calendar']) {
    this.audit = new SessionAudit(calendar);
  }
  push(day: number, _prices: Float64Array, line: number): void {
    this.audit.push(day, line);
  }
}

/** `milestones quality FILE...`: the data-quality findings of each index. */
export function registerQuality(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('quality')
    .summary('rows on days that were not sessions, and sessions the file lacks, as stretches')
    .description(
      "Check each index in the CSV files against the exchange's calendar (NYSE: from 1885 on) and list the " +
        'findings: rows dated on days that were not sessions, with their line numbers, and the sessions the ' +
        'file lacks, as stretches with counts. FILE is a CSV with date and close columns; - reads standard input.',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .addOption(calendarOption('the exchange whose calendar the rows are checked against').default('nyse'))
    .option('--from <date>', 'only findings that end on or after this date (YYYY-MM-DD)', parseDateOption)
    .addOption(asOfOption())
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(formatOption(QUALITY_FORMATS))
    .addOption(wideOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', QUALITY_EXAMPLES)
    .action(async (files: string[], raw: RawQualityOptions) => {
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const calendar = CALENDARS[raw.calendar]();
      // Rows after --as-of are read and checked, but neither audited nor reported.
      const plan = { asOfDay: raw.asOf ?? null, foldFor: () => new QualityFold(calendar) };
      // Every flagged row, not the first 1,000 of a kind the other commands' warnings list.
      const options = { ...toReadOptions(raw, toSymbol(raw.symbol, inputs.length)), listedRows: Number.POSITIVE_INFINITY };
      const read = await readIndexes(inputs, options, plan, io.openInput);
      // Warnings about rows become findings (a file's own, such as rows with no close, go with its first index); the rest go to stderr.
      const listed = read.warnings.filter((w) => w.rows.length > 0);
      const others = read.warnings.filter((w) => w.rows.length === 0);
      printWarnings(others, io, raw.quiet);
      const from = raw.from ?? Number.NEGATIVE_INFINITY;
      const asOf = raw.asOf ?? Number.POSITIVE_INFINITY;
      const firstOfFile = new Set(read.indexes.filter((index, k) => k === 0 || read.indexes[k - 1].source !== index.source));
      const reports = read.indexes.map((index): QualityReport => {
        const { symbol, source, fold } = index;
        const own = listed.filter((w) => w.source === source && (w.symbol === symbol || (w.symbol === undefined && firstOfFile.has(index))));
        const findings = [...fold.audit.findings(), ...own.flatMap(rowFindings)];
        return {
          symbol,
          source,
          calendar: calendar.name,
          firstDate: fold.audit.firstDay,
          lastDate: fold.audit.lastDay,
          rows: fold.audit.rows,
          findings: findings.filter((f) => (f.toDate === null || f.toDate >= from) && (f.fromDate === null || f.fromDate <= asOf)),
        };
      });
      const renderer = qualityRenderer(raw.format, await renderContextFor(raw.color, raw.wide, io), raw.from ?? null);
      await writeStream(io, renderer, reports, () => others);
      setExit(EXIT.ok);
    });
}
