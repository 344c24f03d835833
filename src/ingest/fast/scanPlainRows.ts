import { NotPlainError } from './NotPlainError.js';
import type { PlainLayout } from './PlainLayout.type.js';
import { denoiseFloat32, keepsDecimal } from '../parsePrice.js';
import { NO_DAY, parsePlainDecimal, POW10, readDay, readIsoDay, readLongDecimal } from './readPlainFields.js';

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

/**
 * Splits plain CSV bytes into rows and reads each one (`readPlainFields`), handing sessions to a
 * `RowSink`. Feed it consecutive chunks; it reads complete lines only and says where the unfinished
 * last line starts. Blank lines are skipped; line numbers count every line, as the general path does.
 * Anything but a plain row (a quote, a NUL byte, a wrong field count, an unusual cell) throws
 * `NotPlainError`.
 */
export class PlainRowScanner {
  /** Start of field k of the current line is `cuts[k]`; its end is `cuts[k + 1] - 1`. */
  private readonly cuts: Int32Array;
  /** The current row's prices, indexed by `PRICE`. */
  private readonly prices = new Float64Array(4);
  /** Per field: its `PRICE` slot, or -1 (not a price column). */
  private readonly slotOf: Int8Array;
  /** Decimals read while scanning (`readDecimalField`), by `PRICE` slot; valid where `fused` has the slot's bit. */
  private readonly fusedValues = new Float64Array(4);
  private fused = 0;
  /** Slots (bits) whose fused decimal `denoiseFloat32` would return unchanged (`keepsDecimal`). */
  private kept = 0;
  /** Number of the last line scanned (1-based). */
  line: number;

  constructor(
    private readonly layout: PlainLayout,
    private readonly sink: RowSink,
    /** Line number of the line before the first one scanned. */
    startLine: number,
  ) {
    this.cuts = new Int32Array(layout.width + 1);
    this.slotOf = new Int8Array(layout.width).fill(-1);
    for (const [column, slot] of [[layout.open, PRICE.open], [layout.high, PRICE.high], [layout.low, PRICE.low], [layout.close, PRICE.close]]) {
      if (column > 0) this.slotOf[column] = slot;
    }
    this.line = startLine;
  }

  /** Reads the complete lines in `buf[start, end)`. Returns the offset where the unfinished last line starts. */
  scan(buf: Buffer, start: number, end: number): number {
    // One native search per chunk each: quoted fields and binary data are the general path's.
    const chunk = buf.subarray(start, end);
    if (chunk.includes(QUOTE) || chunk.includes(0)) throw new NotPlainError();
    const { cuts, slotOf } = this;
    const width = this.layout.width;
    this.fused = 0;
    this.kept = 0;
    const dateFirst = this.layout.date === 0 && width > 1;
    let line = this.line;
    let lineStart = start;
    let commas = 0;
    cuts[0] = start;
    let i = start;
    if (dateFirst && this.takeDate(buf, i, end)) {
      commas = 1;
      i += 11;
    }
    for (; i < end; i++) {
      const c = buf[i];
      if (c > COMMA) continue;
      if (c === COMMA) {
        if (++commas < width) {
          cuts[commas] = i + 1;
          // A price field is read as it is scanned (not scanned, then read again) when it is plain.
          const slot = slotOf[commas];
          if (slot >= 0) {
            const stop = this.readDecimalField(buf, i + 1, end, slot);
            if (stop > 0) i = stop - 1; // the loop's i++ then lands on the comma or line end
          }
        }
      } else if (c === NEWLINE) {
        line++;
        const stop = i > lineStart && buf[i - 1] === CR ? i - 1 : i;
        if (stop > lineStart) {
          if (commas + 1 !== width) throw new NotPlainError();
          cuts[width] = stop + 1;
          this.readRow(buf, line);
        }
        this.fused = 0;
        this.kept = 0;
        lineStart = i + 1;
        commas = 0;
        cuts[0] = lineStart;
        if (dateFirst && this.takeDate(buf, lineStart, end)) {
          // The date and its comma are read: continue after them.
          commas = 1;
          i += 11; // the loop's i++ then moves past the comma
        }
      }
    }
    this.line = line;
    return lineStart;
  }

  /** Day number of the date just read by `takeDate`, or `NO_DAY`. */
  private takenDay = NO_DAY;

  /**
   * When the line at `at` starts with a valid `YYYY-MM-DD` and a comma (the common first column),
   * reads it at once and records the second field's start, sparing the scanner those bytes.
   */
  private takeDate(buf: Buffer, at: number, end: number): boolean {
    this.takenDay = NO_DAY;
    if (at + 10 >= end || buf[at + 10] !== COMMA) return false;
    const day = readIsoDay(buf, at);
    if (day === NO_DAY) return false;
    this.takenDay = day;
    this.cuts[1] = at + 11;
    return true;
  }

  /**
   * Reads the field at `at` when it is a decimal `parsePlainDecimal` reads (`digits[.digits]`)
   * ending at a comma or the line's end, into `fusedValues[slot]`; returns where it ends. Otherwise
   * returns -1 and reads nothing: the scanner goes on byte by byte and `readRow` reads the field.
   */
  private readDecimalField(buf: Buffer, at: number, end: number, slot: number): number {
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    let p = at;
    for (; p < end; p++) {
      const d = buf[p] - 48;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
      } else if (d === -2 && point < 0) {
        point = p;
      } else {
        break;
      }
    }
    if (p >= end) return -1;
    const t = buf[p];
    if (t !== COMMA && t !== NEWLINE && !(t === CR && p + 1 < end && buf[p + 1] === NEWLINE)) return -1;
    if (digits === 0 || point === at || point === p - 1) return -1;
    // As `parsePlainDecimal` does: longer decimals (float32 expansions) need the full algorithm.
    if (digits > 15) {
      this.fusedValues[slot] = readLongDecimal(buf, at, p);
    } else {
      const places = point < 0 ? 0 : p - point - 1;
      this.fusedValues[slot] = mantissa / POW10[places];
      if (keepsDecimal(mantissa, places)) this.kept |= 1 << slot;
    }
    this.fused |= 1 << slot;
    return p;
  }

  /**
   * Sets `prices[slot]` to the price in field `column` (`NaN` when -1: no such column), read while
   * scanning or read now: a positive plain decimal, float32 noise removed as the general path does.
   * Stored rather than returned, and never merged with another branch's value: a number returned by
   * a call that is not inlined, or merged with one, is boxed on the heap (64 bytes of garbage a row).
   */
  private storePrice(buf: Buffer, column: number, slot: number): void {
    if (column < 0) {
      this.prices[slot] = NaN;
      return;
    }
    if ((this.fused & (1 << slot)) === 0) this.fusedValues[slot] = parsePlainDecimal(buf, this.cuts[column], this.cuts[column + 1] - 1);
    const value = this.fusedValues[slot];
    if (!(value > 0)) throw new NotPlainError();
    // Two stores, not one of a merged value (see above).
    if ((this.kept & (1 << slot)) !== 0) this.prices[slot] = value;
    else this.prices[slot] = denoiseFloat32(value);
  }

  private readRow(buf: Buffer, line: number): void {
    const { cuts, layout } = this;
    const taken = this.takenDay;
    const day = taken !== NO_DAY ? taken : readDay(buf, cuts[layout.date], cuts[layout.date + 1] - 1);
    this.storePrice(buf, layout.close, PRICE.close);
    this.storePrice(buf, layout.open, PRICE.open);
    this.storePrice(buf, layout.high, PRICE.high);
    this.storePrice(buf, layout.low, PRICE.low);
    const s = layout.symbol;
    this.sink.row(buf, this.prices, day, s < 0 ? 0 : cuts[s], s < 0 ? 0 : cuts[s + 1] - 1, line);
  }
}
