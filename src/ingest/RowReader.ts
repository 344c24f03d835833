import { InputError, type InputWarning, LISTED_ROWS, quote, RowTally, type WarningKind } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { checkIsText } from './checkIsText.js';
import { DateColumn, type DateOrder, decodeDate } from './DateColumn.js';
import { type ColumnMap, findColumns } from './findColumns.js';
import { IndexStream, MAX_INDEXES, type SessionFold, tooManyIndexes } from './IndexStream.js';
import { PRICE } from '../core/PRICE.js';
import { parseFormattedPrice } from './parseFormattedPrice.js';
import { parsePrice } from './parsePrice.js';
import { PlainRowReader, type PlainRowSink } from './PlainRowReader.js';
import { sniffDialect } from './sniffDialect.js';
import type { Dialect } from './Dialect.type.js';
import { SymbolTable, sameBytes } from './SymbolTable.js';
import { symbolFromPath } from './symbolFromPath.js';
import { tokenizeRecord } from './tokenizeRecord.js';

export interface ReadOptions {
  /** Symbol for a file without a symbol column; default: the file name's stem, upper-cased. */
  readonly symbol?: string;
  /** Day/month order of numeric dates such as `01/02/2024`; default: settled from the whole column. */
  readonly dateOrder?: DateOrder;
  /** Skip (and count in one warning) rows with an unparsable date or price instead of failing. */
  readonly skipBadRows?: boolean;
  /** Treat every warning as an error. */
  readonly strict?: boolean;
  /** The run's date (day number): rows dated after it are flagged in a warning. Absent: none are. */
  readonly today?: number;
  /** How many rows each warning lists (`LISTED_ROWS` unless given; `milestones quality`: all). */
  readonly listedRows?: number;
}

/** What a file's indexes are folded into, and from which day on rows are left out. */
export interface FoldPlan<F extends SessionFold> {
  /** Sessions after this day number are checked but not folded; `null`: all are. */
  readonly asOfDay: number | null;
  /** The fold of a new index, given which price columns the file has. */
  readonly foldFor: (symbol: string) => F;
}

/** A file read: its indexes in order of first appearance, and its data-quality warnings. */
export interface FileIndexes<F extends SessionFold> {
  readonly indexes: IndexStream<F>[];
  readonly warnings: InputWarning[];
}

/** Cells that mean "no value on this day": the row is not a session. */
const MISSING = new Set(['', '.', 'null', 'nan', '-', 'n/a', 'na', '#n/a']);
/** How much of the file (characters) `sniffDialect` sees, and the bytes held to decide it. */
const SAMPLE = 8192;
const HEAD_BYTES = 4 * SAMPLE;
const LF = 10;
/** The longest line read: far beyond any header or row of prices, short of exhausting memory. */
const MAX_LINE_BYTES = 64 << 20;
const CR = 13;

/**
 * Reads a CSV of daily prices, pushed chunk by chunk, into one `IndexStream` per index. Every
 * dialect `sniffDialect` recognises, every date shape `DateColumn` reads, rows in any order. Each
 * line is read from its bytes when all its cells have the common shape (`PlainRowReader`), else by
 * the careful parsers (the quoted-field tokenizer, `DateColumn`, `parsePrice`), one line at a time.
 * Rows whose close is a missing-value marker are not sessions (skipped, counted in a warning);
 * suspicious rows are kept and summarised by each index's `QualityChecker`.
 *
 * Rows stream into the folds while they come in date order per index. A row out of order makes an
 * index throw `RowsOutOfOrder`; read the file again with `hold` and every index holds its rows
 * until the end. Dates whose day/month order only the whole column settles are always held.
 *
 * Errors are `InputError`s naming the line; warnings come in a fixed order: missing closes, skipped
 * bad rows, then per index (in order of first appearance) dropped repeats and the quality kinds.
 */
export class RowReader<F extends SessionFold> implements PlainRowSink {
  private head: Buffer[] | null = [];
  private headBytes = 0;
  /** The unfinished last line so far, in pieces (joined once its newline comes), and its length. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** The lines of a quoted record still open, joined by `\n`, and the line it began on. */
  private openRecord: { text: string; line: number } | null = null;
  private line = 0;
  private dialect: Dialect | null = null;
  private columns: ColumnMap | null = null;
  private width = 0;
  private plain: PlainRowReader | null = null;
  private readonly dates: DateColumn;
  private dataRows = 0;
  private readonly listedRows: number;
  private readonly missing: RowTally;
  /** Rows with a close but an empty or missing-value open, high or low where the file has that column. */
  private readonly blankIntraday: RowTally;
  /** Lines end in CR alone (classic Mac): each chunk is read with its CRs as LFs. */
  private crOnly = false;
  private readonly bad: { readonly rows: RowTally; error: InputError | null };
  /** A row's error, held while the rest of the file is checked for binary data (which is reported first). */
  private failure: InputError | null = null;
  /** Bytes read when `failure` was met. */
  private failedAt = 0;
  private readonly streams = new Map<string, IndexStream<F>>();
  private readonly bySymbolBytes = new SymbolTable<IndexStream<F>>();
  private lastKey: Uint8Array = new Uint8Array(0);
  private lastStream: IndexStream<F> | null = null;
  private readonly fixedSymbol: string;
  private bytes = 0;
  /** A careful row's prices, handed on as the byte reader's are (indexed by `PRICE`). */
  private readonly prices = new Float64Array(4);

  constructor(
    private readonly source: string,
    private readonly options: ReadOptions,
    private readonly plan: FoldPlan<F>,
    /** Hold every index's rows until the end (the file has rows out of date order). */
    private readonly hold: boolean,
    /** Indexes the run's earlier files had (they count towards `MAX_INDEXES`). */
    private readonly indexesBefore = 0,
  ) {
    this.listedRows = options.listedRows ?? LISTED_ROWS;
    this.missing = new RowTally(this.listedRows);
    this.blankIntraday = new RowTally(this.listedRows);
    this.bad = { rows: new RowTally(this.listedRows), error: null };
    this.dates = new DateColumn(options.dateOrder);
    this.fixedSymbol = options.symbol ?? symbolFromPath(source);
  }

  /**
   * Whether reading on is pointless: a row's error is held, and the bytes after it checked for binary
   * data (reported first) for as long as a line may be. An endless stream then ends.
   */
  get failed(): boolean {
    return this.failure !== null && this.bytes > this.failedAt + MAX_LINE_BYTES;
  }

  /** Bytes and lines read so far (progress). */
  get progress(): { bytes: number; lines: number } {
    return { bytes: this.bytes, lines: this.line };
  }

  /** The next bytes of the file. */
  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (chunk.includes(0)) throw binaryData(this.source);
    if (this.failure !== null) return;
    if (this.crOnly) chunk = crToLf(chunk);
    if (this.head !== null) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= HEAD_BYTES) this.startBody();
      return;
    }
    try {
      this.take(chunk);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.failure = error;
      this.failedAt = this.bytes;
    }
  }

  /** After the last chunk: the indexes, their rows handed on, and the warnings. */
  finish(): FileIndexes<F> {
    if (this.head !== null) this.startBody();
    if (this.failure !== null) throw this.failure;
    if (this.carryBytes > 0) {
      const last = Buffer.concat([...this.carry, Buffer.from([LF])]);
      this.carry = [];
      this.carryBytes = 0;
      this.lines(last, 0, last.length);
    }
    if (this.openRecord !== null) {
      const opened = tokenizeRecord(this.openRecord.text, this.dialect!.delimiter, this.source, this.openRecord.line);
      const line = 'openSince' in opened ? opened.openSince : this.openRecord.line;
      throw new InputError(this.source, line, 'unterminated quoted field (a " that is never closed)');
    }
    const { source } = this;
    if (this.columns === null) throw new InputError(source, null, 'file is empty');
    if (this.dataRows === 0) throw new InputError(source, null, 'no data rows after the header');
    const warnings: InputWarning[] = [];
    const repeated = this.columns.repeated;
    if (repeated !== null) {
      const { name, first, again } = repeated;
      const message = `column ${quote(name)} appears twice (columns ${first} and ${again}): column ${first} is read, column ${again} ignored`;
      warnings.push({ kind: 'repeatedColumn', source, line: 1, count: 1, rows: [], message });
    }
    const tallied = (kind: WarningKind, tally: RowTally, message: (n: string, s: string) => string): void => {
      const n = tally.count;
      if (n > 0) warnings.push({ kind, source, line: tally.firstLine, count: n, rows: tally.rows, message: message(formatDecimal(n, 0, 3), n === 1 ? '' : 's') });
    };
    tallied('missingClose', this.missing, (n, s) => `${n} row${s} with no close (empty, ".", "null", …) skipped as not sessions, first on line ${this.missing.firstLine}`);
    tallied(
      'blankIntraday',
      this.blankIntraday,
      (n, s) => `${n} row${s} with an empty open, high or low ("", "N/A", …) kept with the close alone standing for ${s === '' ? 'it' : 'them'}, first on line ${this.blankIntraday.firstLine}`,
    );
    const bad = this.bad.error;
    if (bad !== null) tallied('skippedBadRows', this.bad.rows, (n, s) => `${n} unparsable row${s} skipped (--skip-bad-rows), first on line ${bad.line}: ${bad.detail}`);
    if (this.streams.size === 0) throw new InputError(source, this.missing.firstLine || null, 'no row has a close price');
    if (this.dates.deferred) {
      const order = this.dates.settle(source);
      for (const s of this.streams.values()) s.mapHeldDays((code) => decodeDate(code, order) ?? Number.NaN);
    }
    for (const s of this.streams.values()) s.finish(warnings);
    if (this.options.strict && warnings.length > 0) {
      const w = warnings[0];
      throw new InputError(w.source, w.line, `${w.message} (an error with --strict)`);
    }
    return { indexes: [...this.streams.values()], warnings };
  }

  /** The first bytes are in: refuses what is not CSV text, settles the dialect, then reads them. */
  private startBody(): void {
    let head = Buffer.concat(this.head!);
    this.head = null;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
    if (!head.includes(LF) && head.includes(CR)) {
      this.crOnly = true;
      head = crToLf(head);
    }
    // Decoded whole (up to 32 KiB): a multi-byte character is never cut before the sample's end.
    const text = head.toString('utf8');
    if (text.trim() !== '') checkIsText(text.slice(0, 4 * 1024), this.source);
    this.dialect = sniffDialect(text.slice(0, SAMPLE));
    try {
      this.take(head);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.failure = error;
      this.failedAt = this.bytes;
    }
  }

  /** Reads the complete lines of `chunk` (with the unfinished line before it); keeps its unfinished last line. */
  private take(chunk: Buffer): void {
    let start = 0;
    if (this.carryBytes > 0) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) return this.keep(chunk);
      const joined = Buffer.concat([...this.carry, chunk.subarray(0, nl + 1)]);
      this.carry = [];
      this.carryBytes = 0;
      this.lines(joined, 0, joined.length);
      start = nl + 1;
    }
    const limit = chunk.lastIndexOf(LF) + 1;
    if (limit > start) this.lines(chunk, start, limit);
    const rest = Math.max(start, limit);
    if (rest < chunk.length) this.keep(chunk.subarray(rest));
  }

  /** Keeps a piece of the unfinished last line (a copy: the chunk may be reused); a line has a bounded length. */
  private keep(piece: Buffer): void {
    this.carry.push(Buffer.from(piece));
    this.carryBytes += piece.length;
    if (this.carryBytes > MAX_LINE_BYTES) {
      throw new InputError(this.source, this.line + 1, `line longer than ${MAX_LINE_BYTES >> 20} MiB: not a CSV of daily prices`);
    }
  }

  /** Reads the lines of `buf[start, limit)`, each ending in `\n`. */
  private lines(buf: Buffer, start: number, limit: number): void {
    let line = this.line;
    let i = start;
    while (i < limit) {
      line++;
      const plain = this.plain;
      if (plain !== null && this.openRecord === null) {
        const c = buf[i];
        if (c === LF) {
          i++;
          continue;
        }
        const next = plain.read(buf, i, line);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      const end = buf.indexOf(LF, i);
      const stop = end > i && buf[end - 1] === CR ? end - 1 : end;
      this.line = line;
      this.carefulLine(buf.toString('utf8', i, stop), line);
      i = end + 1;
    }
    this.line = line;
  }

  /** One line read by the careful parsers: a record, or part of a quoted record spanning lines. */
  private carefulLine(text: string, line: number): void {
    let first = line;
    if (this.openRecord !== null) {
      text = `${this.openRecord.text}\n${text}`;
      first = this.openRecord.line;
      this.openRecord = null;
    }
    let fields: string[];
    if (text.includes('"')) {
      const tokens = tokenizeRecord(text, this.dialect!.delimiter, this.source, first);
      if ('openSince' in tokens) {
        this.openRecord = { text, line: first };
        return;
      }
      fields = tokens.fields;
    } else {
      fields = text.split(this.dialect!.delimiter);
    }
    if (fields.every((f) => f.trim() === '')) return; // a blank line, or a row of empty cells (a spreadsheet's)
    this.record(fields, first);
  }

  /** A complete record: the header, or a data row. */
  private record(fields: string[], line: number): void {
    if (this.columns === null) return this.header(fields, line);
    const cols = this.columns;
    if (cols.yfinance && this.dataRows === 0 && /^(ticker|date)$/i.test(fields[0].trim())) return;
    this.dataRows++;
    if (!this.options.skipBadRows) return this.row(fields, line, cols);
    try {
      this.row(fields, line, cols);
    } catch (error) {
      if (!(error instanceof InputError) || error.line !== line) throw error;
      if (this.bad.rows.count === 0) this.bad.error = error;
      this.bad.rows.add(line, null);
    }
  }

  private header(fields: string[], line: number): void {
    if (fields.length === 1 && !/^\s*\S+\s*$/.test(fields[0])) {
      throw new InputError(this.source, line, `not a CSV of prices: its first line is ${quote(fields[0].trim())}`);
    }
    this.columns = findColumns(fields, this.source, line);
    this.width = fields.length;
  }

  /** A data row read by the careful parsers. */
  private row(fields: string[], line: number, cols: ColumnMap): void {
    const { source } = this;
    if (fields.length !== this.width) throw new InputError(source, line, `expected ${this.width} fields, found ${fields.length}`);
    const dateText = fields[cols.date].trim();
    const day = this.dates.read(dateText, line);
    if (day === null) throw new InputError(source, line, this.dates.explain(dateText));
    const close = this.price(fields[cols.close].trim(), 'close', line);
    if (Number.isNaN(close)) {
      this.missing.add(line, this.dates.deferred ? null : day);
      return;
    }
    const open = cols.open < 0 ? Number.NaN : this.price(fields[cols.open].trim(), 'open', line);
    const high = cols.high < 0 ? Number.NaN : this.price(fields[cols.high].trim(), 'high', line);
    const low = cols.low < 0 ? Number.NaN : this.price(fields[cols.low].trim(), 'low', line);
    if ((cols.open >= 0 && Number.isNaN(open)) || (cols.high >= 0 && Number.isNaN(high)) || (cols.low >= 0 && Number.isNaN(low))) {
      this.blankIntraday.add(line, this.dates.deferred ? null : day);
    }
    let symbol = this.fixedSymbol;
    if (cols.symbol >= 0) {
      symbol = fields[cols.symbol].trim().toUpperCase();
      if (symbol === '') throw new InputError(source, line, 'empty symbol');
    }
    const prices = this.prices;
    prices[PRICE.open] = open;
    prices[PRICE.high] = high;
    prices[PRICE.low] = low;
    prices[PRICE.close] = close;
    this.streamOf(symbol, line).add(day, prices, line);
    // ISO dates in a file of the common dialect: the next rows can be read from their bytes.
    if (this.plain === null && this.dates.isIso && !this.dialect!.decimalComma) {
      this.plain = new PlainRowReader({ ...cols, width: this.width }, this.dialect!.delimiter.charCodeAt(0), this);
    }
  }

  /** A price cell: its value, `NaN` for a missing-value marker; throws when unparsable or not positive. */
  private price(t: string, column: string, line: number): number {
    const decimalComma = this.dialect!.decimalComma;
    // A plain decimal in a decimal-point file first (the common case).
    let value = decimalComma ? Number.NaN : parsePrice(t);
    if (Number.isNaN(value)) {
      if (MISSING.has(t.toLowerCase())) return Number.NaN;
      value = parseFormattedPrice(t, decimalComma);
      if (Number.isNaN(value)) {
        // The dialect is settled from the file's first 8 KiB: a file whose decimal commas come later is read with decimal points.
        const comma = !decimalComma && this.dialect!.delimiter !== ',' && /^\d+,\d+$/.test(t) ? ' (the first rows have no decimal comma, so the file is read with decimal points)' : '';
        throw new InputError(this.source, line, `${column} ${quote(t)} is not a number${comma}`);
      }
    }
    if (!Number.isFinite(value)) throw new InputError(this.source, line, `${column} ${quote(t)} is too large to be a price`);
    if (!(value > 0)) throw new InputError(this.source, line, `${column} ${quote(t)} is not a positive price`);
    return value;
  }

  /** A row read from its bytes (`PlainRowReader`). */
  plainRow(buf: Buffer, prices: Float64Array, day: number, symbolStart: number, symbolEnd: number, line: number): boolean {
    let stream = this.lastStream;
    if (stream === null || (this.columns!.symbol >= 0 && !sameBytes(this.lastKey, buf, symbolStart, symbolEnd))) {
      stream = this.streamOfBytes(buf, symbolStart, symbolEnd, line);
      if (stream === null) return false;
    }
    this.dataRows++;
    stream.add(day, prices, line);
    return true;
  }

  /** The stream of the symbol in `buf[start, end)` (on `line`), found by its bytes; `null` for an empty symbol. */
  private streamOfBytes(buf: Buffer, start: number, end: number, line: number): IndexStream<F> | null {
    const table = this.bySymbolBytes;
    let entry = table.find(buf, start, end);
    if (entry < 0) {
      const symbol = this.columns!.symbol >= 0 ? buf.toString('utf8', start, end).trim().toUpperCase() : this.fixedSymbol;
      if (symbol === '') return null;
      entry = table.add(buf, start, end, this.streamOf(symbol, line));
    }
    this.lastKey = table.key(entry);
    return (this.lastStream = table.value(entry));
  }

  /** The stream of `symbol`, made on its first row (`line`); a run has at most `MAX_INDEXES`. */
  private streamOf(symbol: string, line: number): IndexStream<F> {
    let stream = this.streams.get(symbol);
    if (stream === undefined) {
      if (this.indexesBefore + this.streams.size >= MAX_INDEXES) throw tooManyIndexes(this.source, line, symbol);
      const cols = this.columns!;
      const fold = this.plan.foldFor(symbol);
      // Numeric dates whose day/month order the whole column settles: decoded only at the end.
      const hold = this.hold || this.dates.deferred;
      stream = new IndexStream(symbol, this.source, fold, this.plan.asOfDay, cols.symbol >= 0 ? `${symbol}: ` : '', hold, this.options.today ?? null, this.listedRows);
      this.streams.set(symbol, stream);
    }
    return stream;
  }
}

/** A copy of `chunk` with each CR as LF: lines that end in CR alone read as lines. */
function crToLf(chunk: Buffer): Buffer<ArrayBuffer> {
  const copy = Buffer.from(chunk) as Buffer<ArrayBuffer>;
  for (let i = copy.indexOf(CR); i >= 0; i = copy.indexOf(CR, i + 1)) copy[i] = LF;
  return copy;
}

function binaryData(source: string): InputError {
  return new InputError(source, null, 'is binary data, not CSV text (if it is UTF-16, save it as UTF-8)');
}
