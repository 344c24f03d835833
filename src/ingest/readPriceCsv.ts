import type { PriceSeries } from '../core/PriceSeries.type.js';
import { InputError, type InputWarning, quote } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { checkIsText } from './checkIsText.js';
import { DateColumn, type DateOrder, decodeDate } from './DateColumn.js';
import { type ColumnMap, findColumns } from './findColumns.js';
import { parseFormattedPrice } from './parseFormattedPrice.js';
import { parsePrice } from './parsePrice.js';
import { QualityChecker } from './QualityChecker.js';
import { SeriesBuilder } from './SeriesBuilder.js';
import { sniffDialect } from './sniffDialect.js';
import { splitRecords } from './splitRecords.js';
import { symbolFromPath } from './symbolFromPath.js';

export interface ReadOptions {
  /** Symbol for a file without a symbol column; default: the file name's stem, upper-cased. */
  readonly symbol?: string;
  /** Day/month order of numeric dates such as `01/02/2024`; default: settled from the whole column. */
  readonly dateOrder?: DateOrder;
  /** Skip (and count in one warning) rows with an unparsable date or price instead of failing. */
  readonly skipBadRows?: boolean;
  /** Treat every warning as an error. */
  readonly strict?: boolean;
}

export interface ReadResult {
  /** One series per index, in order of first appearance in the file, with `flags` set. */
  readonly series: PriceSeries[];
  readonly warnings: InputWarning[];
}

/** Cells that mean "no value on this day": the row is not a session. */
const MISSING = new Set(['', '.', 'null', 'nan', '-', 'n/a', 'na', '#n/a']);

/** How much of the file `sniffDialect` sees. */
const SAMPLE = 8192;

/**
 * Reads a CSV of daily prices (`text` of the file `source`) into one series per index. This is the
 * general path: any dialect `sniffDialect` recognises, any date shape `DateColumn` reads, rows in any
 * order. Rows whose close is a missing-value marker are not sessions (skipped, counted in a warning);
 * suspicious rows are kept and summarised by `QualityChecker`.
 *
 * A faster reader for plain files must match this output exactly: warnings in the order missing rows,
 * skipped bad rows, then per series (in order of first appearance) duplicates and `QualityChecker`
 * kinds; each series' `flags` from `QualityChecker.push`; `--strict` failing on the first warning.
 */
export function readPriceCsv(text: string, source: string, options: ReadOptions = {}): ReadResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkIsText(text, source);
  const dialect = sniffDialect(text.slice(0, SAMPLE));
  const decimalComma = dialect.decimalComma;
  /** A price cell: its value, `NaN` for a missing-value marker; throws when unparsable or not positive. */
  const readPrice = (t: string, column: string, line: number): number => {
    // Fast path: a plain decimal in a decimal-point file (the clean-file case).
    let value = decimalComma ? Number.NaN : parsePrice(t);
    if (Number.isNaN(value)) {
      if (MISSING.has(t.toLowerCase())) return Number.NaN;
      value = parseFormattedPrice(t, decimalComma);
      if (Number.isNaN(value)) throw new InputError(source, line, `${column} ${quote(t)} is not a number`);
    }
    if (!(value > 0) || !Number.isFinite(value)) throw new InputError(source, line, `${column} ${quote(t)} is not a positive price`);
    return value;
  };

  const warnings: InputWarning[] = [];
  const builders = new Map<string, SeriesBuilder>();
  const fixedSymbol = options.symbol ?? symbolFromPath(source);
  const dates = new DateColumn(options.dateOrder);
  let columns: ColumnMap | null = null;
  let width = 0;
  let dataRows = 0;
  const missing = { count: 0, line: 0 };
  const bad = { count: 0, error: null as InputError | null };

  const readRow = (fields: string[], line: number, cols: ColumnMap): void => {
    if (fields.length !== width) throw new InputError(source, line, `expected ${width} fields, found ${fields.length}`);
    const dateText = fields[cols.date].trim();
    const day = dates.read(dateText, line);
    if (day === null) throw new InputError(source, line, dates.explain(dateText));
    const close = readPrice(fields[cols.close].trim(), 'close', line);
    if (Number.isNaN(close)) {
      if (missing.count++ === 0) missing.line = line;
      return;
    }
    const open = cols.open < 0 ? Number.NaN : readPrice(fields[cols.open].trim(), 'open', line);
    const high = cols.high < 0 ? Number.NaN : readPrice(fields[cols.high].trim(), 'high', line);
    const low = cols.low < 0 ? Number.NaN : readPrice(fields[cols.low].trim(), 'low', line);
    let symbol = fixedSymbol;
    if (cols.symbol >= 0) {
      symbol = fields[cols.symbol].trim().toUpperCase();
      if (symbol === '') throw new InputError(source, line, 'empty symbol');
    }
    let builder = builders.get(symbol);
    if (builder === undefined) {
      builder = new SeriesBuilder(symbol, source, cols.open >= 0, cols.high >= 0, cols.low >= 0);
      builders.set(symbol, builder);
    }
    builder.add(day, open, high, low, close, line);
  };

  splitRecords(text, dialect, source, (fields, line) => {
    if (columns === null) {
      if (fields.length === 1 && !/^\s*\S+\s*$/.test(fields[0])) {
        throw new InputError(source, line, `not a CSV of prices: its first line is ${quote(fields[0].trim())}`);
      }
      columns = findColumns(fields, source, line);
      width = fields.length;
      return;
    }
    const cols: ColumnMap = columns;
    if (cols.yfinance && dataRows === 0 && /^(ticker|date)$/i.test(fields[0].trim())) return;
    dataRows++;
    if (!options.skipBadRows) return readRow(fields, line, cols);
    try {
      readRow(fields, line, cols);
    } catch (error) {
      if (!(error instanceof InputError) || error.line !== line) throw error;
      if (bad.count++ === 0) bad.error = error;
    }
  });

  if (columns === null) throw new InputError(source, null, 'file is empty');
  if (dataRows === 0) throw new InputError(source, null, 'no data rows after the header');
  if (missing.count > 0) {
    const n = missing.count;
    warnings.push({
      source,
      line: missing.line,
      message: `${formatDecimal(n, 0, 3)} row${n === 1 ? '' : 's'} with no close (empty, ".", "null", …) skipped as not sessions, first on line ${missing.line}`,
    });
  }
  if (bad.error !== null) {
    const n = bad.count;
    warnings.push({
      source,
      line: bad.error.line,
      message: `${formatDecimal(n, 0, 3)} unparsable row${n === 1 ? '' : 's'} skipped (--skip-bad-rows), first on line ${bad.error.line}: ${bad.error.detail}`,
    });
  }
  if (builders.size === 0) throw new InputError(source, missing.line || null, 'no row has a close price');
  if (dates.deferred) {
    const order = dates.settle(source);
    for (const b of builders.values()) b.mapDays((code) => decodeDate(code, order));
  }
  const multi = (columns as ColumnMap).symbol >= 0;
  const series = [...builders.values()].map((b) => checkQuality(b.build(warnings), multi ? `${b.symbol}: ` : '', warnings));
  if (options.strict && warnings.length > 0) {
    const w = warnings[0];
    throw new InputError(w.source, w.line, `${w.message} (an error with --strict)`);
  }
  return { series, warnings };
}

/** Runs the streaming data-quality checks over a built series; returns it with its row flags. */
function checkQuality(series: PriceSeries, prefix: string, warnings: InputWarning[]): PriceSeries {
  const checker = new QualityChecker(series.source, prefix);
  const n = series.length;
  const flags = new Uint8Array(n);
  const { days, close, open, high, low, lines } = series;
  for (let i = 0; i < n; i++) {
    flags[i] = checker.push(days[i], open ? open[i] : Number.NaN, high ? high[i] : Number.NaN, low ? low[i] : Number.NaN, close[i], lines[i]);
  }
  warnings.push(...checker.finish());
  return { ...series, flags };
}

