import { type Command, Option } from 'commander';
import type { DateOrder } from '../ingest/DateColumn.js';
import type { ReadOptions } from '../ingest/RowReader.js';

/** The CSV-reading options, as commander hands them over. */
export interface RawReadOptions {
  dateOrder?: DateOrder;
  skipBadRows?: boolean;
  strict?: boolean;
  quiet?: boolean;
}

const INPUT_HELP = `
Input:
  A file is read as it streams in: memory does not grow with its rows. Rows may
  come in any order, but a file whose rows are not in date order per index
  (newest first, say) is read a second time with its rows held in memory, about
  40 bytes a row (standard input is copied to a temporary file for that), and so
  is one of dates like 01/02/2024 whose day/month order only all of them settle.`;

/** Adds `--date-order`, `--skip-bad-rows` and `--strict` to a command that reads price CSVs. */
export function addReadOptions(command: Command): Command {
  return command
    .addHelpText('after', INPUT_HELP)
    .addOption(
      new Option('--date-order <order>', 'order of dates like 01/02/2024 (or 24/01/02) when the file cannot settle it').choices(['mdy', 'dmy', 'ymd']),
    )
    .option('--skip-bad-rows', 'skip rows with an unparsable date or price (counted in a warning) instead of failing')
    .option('--strict', 'treat every data-quality warning as an error')
    .option('-q, --quiet', 'do not print data-quality warnings on stderr (JSON still lists them; --strict still fails on them)');
}

export function toReadOptions(raw: RawReadOptions, symbol: string | undefined): ReadOptions {
  return { symbol, dateOrder: raw.dateOrder, skipBadRows: raw.skipBadRows ?? false, strict: raw.strict ?? false };
}
