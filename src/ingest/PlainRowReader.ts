import { denoiseFloat32 } from './parsePrice.js';
import { PRICE } from '../core/PRICE.js';
import { NO_DAY, POW10, readIsoDay, readLongDecimal } from './readPlainFields.js';


/**
 * Receives the rows `PlainRowReader` reads; `symbolStart`/`symbolEnd` delimit the symbol field in
 * `buf`. The prices come in a reused array (indexed by `PRICE`), valid during the call only: passed
 * as numbers, each would be boxed on the heap at every call that is not inlined.
 */
export interface PlainRowSink {
  /** Takes the row; `false` when it cannot (an empty symbol): the careful parsers then read the line. */
  plainRow(buf: Buffer, prices: Float64Array, day: number, symbolStart: number, symbolEnd: number, line: number): boolean;
}

/** Where a price column is `PRICE` slot ≥ 0; other fields are one of these. */
const FIELD = { skip: -1, date: -2, symbol: -3 } as const;
const NEWLINE = 10;
const CR = 13;
const POINT = 46;

/**
 * Reads the rows whose every cell has the common shape (an ISO date, prices of plain
 * `digits[.digits]`, no quotes or spaces) straight from the bytes, field by field as the header laid
 * them out. It gives exactly what the careful parsers give for such a row; any other row it leaves
 * to them (`read` returns -1), one row at a time. This is what makes a large file cheap to read.
 */
export class PlainRowReader {
  /** Per field: a `PRICE` slot, or a `FIELD` kind. */
  private readonly kinds: Int8Array;
  /** The current row's prices, indexed by `PRICE`; absent columns stay `NaN`. */
  private readonly prices = new Float64Array(4).fill(Number.NaN);

  constructor(
    columns: { readonly width: number; readonly date: number; readonly close: number; readonly open: number; readonly high: number; readonly low: number; readonly symbol: number },
    /** The field separator's byte. */
    private readonly delimiter: number,
    private readonly sink: PlainRowSink,
  ) {
    this.kinds = new Int8Array(columns.width).fill(FIELD.skip);
    for (const [column, slot] of [[columns.open, PRICE.open], [columns.high, PRICE.high], [columns.low, PRICE.low], [columns.close, PRICE.close]]) {
      if (column >= 0) this.kinds[column] = slot;
    }
    this.kinds[columns.date] = FIELD.date;
    if (columns.symbol >= 0) this.kinds[columns.symbol] = FIELD.symbol;
  }

  /**
   * Reads the line starting at `i` (its newline is in `buf`) and hands the row to the sink; returns
   * where the next line starts, or -1 (nothing handed on) when some cell is not of the common shape.
   */
  read(buf: Buffer, i: number, line: number): number {
    const kinds = this.kinds;
    const last = kinds.length - 1;
    const delimiter = this.delimiter;
    let day = NO_DAY;
    let symbolStart = 0;
    let symbolEnd = 0;
    for (let column = 0; ; column++) {
      const kind = kinds[column];
      if (kind >= 0) {
        i = this.readPrice(buf, i, kind);
        if (i < 0) return -1;
      } else if (kind === FIELD.date) {
        // Ten bytes, all checked: a line's newline among them makes it no date.
        day = readIsoDay(buf, i);
        if (day === NO_DAY) return -1;
        i += 10;
      } else {
        const fieldStart = i;
        let c = buf[i];
        while (c !== delimiter && c !== NEWLINE && c !== 34) c = buf[++i];
        if (c === 34) return -1; // a quote: the careful tokenizer's
        if (kind === FIELD.symbol) {
          symbolStart = fieldStart;
          symbolEnd = c === NEWLINE && i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
        }
      }
      const c = buf[i];
      if (column < last) {
        if (c !== delimiter) return -1;
        i++;
        continue;
      }
      // The last field ends the line (`\n` or `\r\n`), the CR already in a skipped or symbol field.
      if (c === CR && buf[i + 1] === NEWLINE) i++;
      else if (c !== NEWLINE) return -1;
      return this.sink.plainRow(buf, this.prices, day, symbolStart, symbolEnd, line) ? i + 1 : -1;
    }
  }

  /**
   * Reads the positive `digits[.digits]` at `i` into `prices[slot]`, float32 noise removed as
   * `parsePrice` does; returns where it ends, or -1. Stored rather than returned, and never merged
   * with another branch's value: such a number would be boxed on the heap (garbage every row).
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
    if (digits === 0 || point === start || point === i - 1) return -1;
    if (digits > 15) {
      // Longer decimals (float32 expansions such as 17.65999984741211) need the exact algorithm.
      const value = readLongDecimal(buf, start, i);
      if (!(value > 0 && value < Number.POSITIVE_INFINITY)) return -1;
      this.prices[slot] = denoiseFloat32(value);
      return i;
    }
    // Up to 15 digits, mantissa and power of ten are exact doubles: one division rounds correctly.
    const places = point < 0 ? 0 : i - point - 1;
    const value = mantissa / POW10[places];
    if (!(value > 0)) return -1;
    this.prices[slot] = denoiseFloat32(value);
    return i;
  }
}
