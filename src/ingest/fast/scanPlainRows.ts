import { InputError } from '../../errors.js';
import type { PlainLayout } from './PlainLayout.type.js';
import { NO_DAY, readClose, readDay, readIntraday, readIsoDay } from './readPlainFields.js';

/** The file turned out not to be plain (a quote after the sampled head): read it with the general path. */
export class NotPlainError extends Error {
  override readonly name = 'NotPlainError';
}

/** Receives the scanner's rows; `symbolStart`/`symbolEnd` delimit the symbol field in `buf`. */
export interface RowSink {
  row(buf: Buffer, day: number, close: number, high: number, low: number, symbolStart: number, symbolEnd: number, line: number, lineOffset: number): void;
  /** A row whose close is one of the "no value" markers: not a session. */
  skip(line: number): void;
}

const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Splits plain CSV bytes into rows and validates each one (`readPlainFields`), handing sessions to a
 * `RowSink`. Feed it consecutive chunks; it reads complete lines only and says where the unfinished
 * last line starts. Blank lines are skipped; line numbers count every line, as the general path does.
 */
export class PlainRowScanner {
  /** Start of field k of the current line is `cuts[k]`; its end is `cuts[k + 1] - 1`. */
  private readonly cuts: Int32Array;
  /** Number of the last line scanned (1-based). */
  line: number;

  constructor(
    private readonly layout: PlainLayout,
    private readonly source: string,
    private readonly sink: RowSink,
    /** Line number of the line before the first one scanned. */
    startLine: number,
  ) {
    this.cuts = new Int32Array(layout.width + 1);
    this.line = startLine;
  }

  /**
   * Reads the complete lines in `buf[start, end)`; `base` is the file offset of `buf[0]`. Returns the
   * offset in `buf` where the unfinished last line starts (`end` when there is none).
   */
  scan(buf: Buffer, start: number, end: number, base: number): number {
    // A quote anywhere sends the whole file to the general path: one native search per chunk.
    if (buf.subarray(start, end).includes(QUOTE)) throw new NotPlainError();
    const cuts = this.cuts;
    const width = this.layout.width;
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
        if (++commas < width) cuts[commas] = i + 1;
      } else if (c === NEWLINE) {
        line++;
        const stop = i > lineStart && buf[i - 1] === CR ? i - 1 : i;
        if (stop > lineStart) {
          if (commas + 1 !== width) {
            this.line = line;
            throw new InputError(this.source, line, `expected ${width} fields, found ${commas + 1}`);
          }
          cuts[width] = stop + 1;
          this.readRow(buf, line, base + lineStart);
        }
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

  private readRow(buf: Buffer, line: number, lineOffset: number): void {
    const { cuts, layout, source } = this;
    const taken = this.takenDay;
    const day = taken !== NO_DAY ? taken : readDay(buf, cuts[layout.date], cuts[layout.date + 1] - 1, source, line);
    const close = readClose(buf, cuts[layout.close], cuts[layout.close + 1] - 1, source, line);
    if (close !== close) {
      this.sink.skip(line);
      return;
    }
    const h = layout.high;
    const high = h < 0 ? NaN : readIntraday(buf, cuts[h], cuts[h + 1] - 1, 'high', source, line);
    const l = layout.low;
    const low = l < 0 ? NaN : readIntraday(buf, cuts[l], cuts[l + 1] - 1, 'low', source, line);
    const s = layout.symbol;
    this.sink.row(buf, day, close, high, low, s < 0 ? 0 : cuts[s], s < 0 ? 0 : cuts[s + 1] - 1, line, lineOffset);
  }
}
