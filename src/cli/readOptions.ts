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

/** Adds `--date-order`, `--skip-bad-rows` and `--strict` to a command that reads price CSVs. */
export function addReadOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--date-order <order>', 'day/month order of dates like 01/02/2024 when the file cannot settle it').choices(['mdy', 'dmy']),
    )
    .option('--skip-bad-rows', 'skip rows with an unparsable date or price (counted in a warning) instead of failing')
    .option('--strict', 'treat every data-quality warning as an error')
    .option('-q, --quiet', 'do not print data-quality warnings on stderr (JSON still lists them; --strict still fails on them)');
}

export function toReadOptions(raw: RawReadOptions, symbol: string | undefined): ReadOptions {
  return { symbol, dateOrder: raw.dateOrder, skipBadRows: raw.skipBadRows ?? false, strict: raw.strict ?? false };
}
