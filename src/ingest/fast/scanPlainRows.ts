import { NotPlainError } from './NotPlainError.js';
import type { PlainLayout } from './PlainLayout.type.js';
import { denoiseFloat32, keepsDecimal } from '../parsePrice.js';
import { loadRowParser, RECORD, type RowParser } from './loadRowParser.js';
import { NO_DAY, POW10, readIsoDay, readLongDecimal } from './readPlainFields.js';

/** Where a row's prices are in the `prices` array handed to `RowSink.row` (`NaN` for an absent column). */
export const PRICE = { open: 0, high: 1, low: 2, close: 3 } as const;

/**
 * Receives the scanner's sessions; `symbolStart`/`symbolEnd` delimit the symbol field in `buf`. The
 * prices come in a reused array (indexed by `PRICE`), valid during the call only: passed as numbers,
 * each would be boxed on the heap at every call that is not inlined (about 64 bytes a row).
 */
export interface RowSink {
  row(buf: Buffer, prices: Float64Array, day: number, symbolStart: number, symbolEnd: number, line: number): void;
}

const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const QUOTE = 34;
const POINT = 46;

/** What the scanner does with a field: skip it, or read it as the date, the symbol or a price (`PRICE` slot). */
const FIELD = { skip: -1, date: -2, symbol: -3 } as const;

/**
 * Splits plain CSV bytes into rows and reads each one, field by field as the header laid them out,
 * handing sessions to a `RowSink`. Feed it consecutive chunks; it reads complete lines only and says
 * where the unfinished last line starts. Blank lines are skipped; line numbers count every line, as
 * the general path does. Anything but a plain row (a quote, a NUL byte, a wrong field count, a date
 * that is not `YYYY-MM-DD`, a price that is not a positive `digits[.digits]`) throws `NotPlainError`.
 */
export class PlainRowScanner {
  /** Per field: a `PRICE` slot, or a `FIELD` kind. */
  private readonly kinds: Int8Array;
  /** The current row's prices, indexed by `PRICE`; absent columns stay `NaN`. */
  private readonly prices = new Float64Array(4).fill(NaN);
  /** Number of the last line scanned (1-based). */
  line: number;
  /** The WebAssembly row parser, when built: it reads the rows it can, this class the others. */
  private parser: RowParser | null;
  /** The `PRICE` slots of the columns the file has. */
  private readonly slots: number[];

  constructor(
    layout: PlainLayout,
    private readonly sink: RowSink,
    /** Line number of the line before the first one scanned. */
    startLine: number,
  ) {
    this.kinds = new Int8Array(layout.width).fill(FIELD.skip);
    for (const [column, slot] of [[layout.open, PRICE.open], [layout.high, PRICE.high], [layout.low, PRICE.low], [layout.close, PRICE.close]]) {
      if (column >= 0) this.kinds[column] = slot;
    }
    this.kinds[layout.date] = FIELD.date;
    if (layout.symbol >= 0) this.kinds[layout.symbol] = FIELD.symbol;
    this.line = startLine;
    this.slots = [PRICE.open, PRICE.high, PRICE.low, PRICE.close].filter((slot) => this.kinds.includes(slot));
    this.parser = layout.width <= 1024 ? loadRowParser() : null;
    if (this.parser !== null) {
      this.parser.kinds.set(this.kinds);
      this.parser.setWidth(layout.width);
    }
  }

  /** Where to put the file's bytes: the parser's memory (fixed size), or `null` for any buffer. */
  get buffer(): Buffer | null {
    return this.parser?.buffer ?? null;
  }

  /** Reads the complete lines in `buf[start, end)`. Returns the offset where the unfinished last line starts. */
  scan(buf: Buffer, start: number, end: number): number {
    // One native search per chunk each: quoted fields and binary data are the general path's.
    const chunk = buf.subarray(start, end);
    if (chunk.includes(QUOTE) || chunk.includes(0)) throw new NotPlainError();
    // Only complete lines: every field read below meets its line's newline before `limit`.
    const limit = start + chunk.lastIndexOf(NEWLINE) + 1;
    if (this.parser !== null && buf === this.parser.buffer) return this.scanParsed(this.parser, buf, start, limit);
    return this.scanLines(buf, start, limit);
  }

  /** The lines of `buf[start, limit)`, read here. */
  private scanLines(buf: Buffer, start: number, limit: number): number {
    let line = this.line;
    let i = start;
    while (i < limit) {
      line++;
      const c = buf[i];
      if (c === NEWLINE) i++;
      else if (c === CR && buf[i + 1] === NEWLINE) i += 2;
      else i = this.readLine(buf, i, line);
    }
    this.line = line;
    return i;
  }

  /**
   * The lines of `buf[start, limit)` (in the parser's memory): the parser reads rows until one it
   * cannot take, which `readLine` reads (or refuses), and so on.
   */
  private scanParsed(parser: RowParser, buf: Buffer, start: number, limit: number): number {
    let line = this.line;
    let i = start;
    let parsed = 0;
    let stops = 0;
    while (i < limit) {
      // A file the parser keeps stopping in (prices of 20 digits or more on every row) is read here.
      if (stops > 64 && stops * 8 > parsed) {
        this.parser = null;
        this.line = line;
        return this.scanLines(buf, i, limit);
      }
      const rows = parser.parse(i, limit, line);
      parsed += rows;
      this.handOn(parser, buf, rows);
      i = parser.stoppedAt();
      line = parser.lineAfter();
      if (i < limit) {
        i = this.readLine(buf, i, ++line);
        stops++;
      }
    }
    this.line = line;
    return limit;
  }

  /**
   * Hands the parser's first `rows` records to the sink. A function of its own: V8 optimises the
   * per-row loop while it runs, and code after a loop that has not yet run would be thrown out again.
   */
  private handOn(parser: RowParser, buf: Buffer, rows: number): void {
    const { prices, slots, sink } = this;
    const { f64, i32 } = parser;
    for (let r = 0; r < rows; r++) {
      const at = r * RECORD.f64;
      // The parser has removed float32 noise, as `readPrice` does.
      for (let k = 0; k < slots.length; k++) prices[slots[k]] = f64[at + slots[k]];
      const n = r * RECORD.i32;
      sink.row(buf, prices, i32[n + RECORD.day], i32[n + RECORD.symbolStart], i32[n + RECORD.symbolEnd], i32[n + RECORD.line]);
    }
  }

  /** Reads the row starting at `i` and hands it to the sink; returns where the next line starts. */
  private readLine(buf: Buffer, i: number, line: number): number {
    const kinds = this.kinds;
    const last = kinds.length - 1;
    let day = NO_DAY;
    let symbolStart = 0;
    let symbolEnd = 0;
    for (let column = 0; ; column++) {
      const kind = kinds[column];
      if (kind >= 0) {
        i = this.readPrice(buf, i, kind);
      } else if (kind === FIELD.date) {
        // Ten bytes, all checked: a line's newline among them makes it no date.
        day = readIsoDay(buf, i);
        if (day === NO_DAY) throw new NotPlainError();
        i += 10;
      } else {
        const fieldStart = i;
        let c = buf[i];
        while (c !== COMMA && c !== NEWLINE) c = buf[++i];
        if (kind === FIELD.symbol) {
          symbolStart = fieldStart;
          symbolEnd = c === NEWLINE && i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
        }
      }
      const c = buf[i];
      if (column < last) {
        if (c !== COMMA) throw new NotPlainError();
        i++;
        continue;
      }
      // The last field ends the line (`\n` or `\r\n`), the CR already in a skipped or symbol field.
      if (c === CR && buf[i + 1] === NEWLINE) i++;
      else if (c !== NEWLINE) throw new NotPlainError();
      this.sink.row(buf, this.prices, day, symbolStart, symbolEnd, line);
      return i + 1;
    }
  }

  /**
   * Reads the price at `i` into `prices[slot]`: a positive `digits[.digits]`, float32 noise removed
   * as the general path does; returns where it ends. Stored rather than returned, and never merged
   * with another branch's value: a number returned by a call that is not inlined, or merged with one,
   * is boxed on the heap (64 bytes of garbage a row).
   */
  private readPrice(buf: Buffer, i: number, slot: number): number {
    const start = i;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (;;) {
      const d = buf[i] - 48;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
      } else if (d === POINT - 48 && point < 0) {
        point = i;
      } else {
        break;
      }
      i++;
    }
    if (digits === 0 || point === start || point === i - 1) throw new NotPlainError();
    if (digits > 15) {
      // Longer decimals (float32 expansions such as 17.65999984741211) need the full algorithm.
      const value = readLongDecimal(buf, start, i);
      if (!(value > 0)) throw new NotPlainError();
      this.prices[slot] = denoiseFloat32(value);
      return i;
    }
    // Up to 15 digits, mantissa and power of ten are exact doubles: one division rounds correctly.
    const places = point < 0 ? 0 : i - point - 1;
    const value = mantissa / POW10[places];
    if (!(value > 0)) throw new NotPlainError();
    if (keepsDecimal(mantissa, places)) this.prices[slot] = value;
    else this.prices[slot] = denoiseFloat32(value);
    return i;
  }
}
