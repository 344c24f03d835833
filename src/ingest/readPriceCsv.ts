import type { PriceSeries } from '../core/PriceSeries.type.js';
import { InputError, type InputWarning, quote } from '../errors.js';
import { type ColumnMap, findColumns } from './findColumns.js';
import { parseIsoDate } from './parseIsoDate.js';
import { parsePrice } from './parsePrice.js';
import { SeriesBuilder } from './SeriesBuilder.js';
import { splitRecords } from './splitRecords.js';

export interface ReadOptions {
  /** Symbol for a file without a symbol column; default: the file name's stem, upper-cased. */
  readonly symbol?: string;
}

export interface ReadResult {
  /** One series per index, in order of first appearance in the file. */
  readonly series: PriceSeries[];
  readonly warnings: InputWarning[];
}

/** Cells that mean "no value on this day": the row is not a session. */
export const MISSING = new Set(['', '.', 'null', 'nan', '-', 'n/a', 'na', '#n/a']);

/** Reads a CSV of daily prices (`text` of the file `source`) into one series per index. */
export function readPriceCsv(text: string, source: string, options: ReadOptions = {}): ReadResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(source, null, 'file is empty');
  const warnings: InputWarning[] = [];
  const builders = new Map<string, SeriesBuilder>();
  const fixedSymbol = options.symbol ?? symbolFromPath(source);
  let columns: ColumnMap | null = null;
  let width = 0;
  let skipped = 0;
  let firstSkipped = 0;

  splitRecords(text, source, (fields, line) => {
    if (columns === null) {
      columns = findColumns(fields, source, line);
      width = fields.length;
      return;
    }
    const cols: ColumnMap = columns;
    if (fields.length !== width) {
      throw new InputError(source, line, `expected ${width} fields, found ${fields.length}`);
    }
    const dateText = fields[cols.date].trim();
    const day = parseIsoDate(dateText);
    if (day === null) throw new InputError(source, line, `date ${quote(dateText)} is not a valid date`);
    const closeText = fields[cols.close].trim();
    if (MISSING.has(closeText.toLowerCase())) {
      if (skipped++ === 0) firstSkipped = line;
      return;
    }
    const close = readPrice(closeText, 'close', source, line);
    const high = cols.high < 0 ? NaN : readOptionalPrice(fields[cols.high].trim(), 'high', source, line);
    const low = cols.low < 0 ? NaN : readOptionalPrice(fields[cols.low].trim(), 'low', source, line);
    let symbol = fixedSymbol;
    if (cols.symbol >= 0) {
      symbol = fields[cols.symbol].trim().toUpperCase();
      if (symbol === '') throw new InputError(source, line, 'empty symbol');
    }
    let builder = builders.get(symbol);
    if (builder === undefined) {
      builder = new SeriesBuilder(symbol, source, cols.high >= 0, cols.low >= 0);
      builders.set(symbol, builder);
    }
    builder.add(day, close, high, low, line);
  });

  if (columns === null) throw new InputError(source, null, 'file is empty');
  if (skipped > 0) warnings.push(skippedRowsWarning(source, skipped, firstSkipped));
  if (builders.size === 0) throw new InputError(source, null, 'no data rows after the header');
  const series = [...builders.values()].map((b) => b.build(warnings));
  return { series, warnings };
}

export function readPrice(text: string, column: string, source: string, line: number): number {
  const value = parsePrice(text);
  if (Number.isNaN(value)) throw new InputError(source, line, `${column} ${quote(text)} is not a number`);
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new InputError(source, line, `${column} ${quote(text)} is not a positive price`);
  }
  return value;
}

/** An intraday price that may be missing on some rows: `NaN` when missing. */
export function readOptionalPrice(text: string, column: string, source: string, line: number): number {
  return MISSING.has(text.toLowerCase()) ? NaN : readPrice(text, column, source, line);
}

/** The one warning for all rows without a close. */
export function skippedRowsWarning(source: string, skipped: number, firstSkipped: number): InputWarning {
  const rows = `${skipped} row${skipped === 1 ? '' : 's'}`;
  return { source, line: firstSkipped, message: `${rows} with no close skipped (not sessions), first on line ${firstSkipped}` };
}

/** `data/spx.csv` → `SPX`; standard input → `STDIN`. */
export function symbolFromPath(path: string): string {
  if (path === '-') return 'STDIN';
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).toUpperCase();
}
