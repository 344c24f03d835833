import type { IndexStreams } from './IndexStreams.js';
import type { RowSink } from './scanPlainRows.js';
import { sameBytes } from './SymbolTable.js';

/** The range cannot be folded on its own (rows of an index are not contiguous, or need messages). */
export class NotContiguousError extends Error {
  override readonly name = 'NotContiguousError';
}

/** Rows of the index that a range starts in, kept raw: they continue an index of the range before. */
export interface HeadRows {
  symbolBytes: Uint8Array;
  length: number;
  days: Float64Array;
  close: Float64Array;
  high: Float64Array;
  low: Float64Array;
  /** Line numbers counted from the range's start (its first line is 1). */
  lines: Float64Array;
  offsets: Float64Array;
}

/**
 * Sink for the second half of a file scanned in a worker, valid only for a file whose indexes are
 * contiguous runs of rows. The run the range starts in is kept raw (`head`), to be appended to the
 * index of the range before; every later run is folded by `body`. Anything that would need the rows
 * before the range or exact line numbers (an index seen in two runs, a skipped row, a repeated or
 * out-of-order date) throws `NotContiguousError`: the caller then scans the range itself.
 */
export class RangeSink implements RowSink {
  head: HeadRows = emptyHead();
  private inHead = true;
  private lastKey: Uint8Array = new Uint8Array(0);
  private readonly seen = new Set<string>();
  private headSymbol = '';

  constructor(
    readonly body: IndexStreams,
    private readonly hasSymbol: boolean,
  ) {}

  row(buf: Buffer, day: number, close: number, high: number, low: number, symbolStart: number, symbolEnd: number, line: number, lineOffset: number): void {
    if (this.inHead) {
      const h = this.head;
      if (h.length === 0) {
        h.symbolBytes = new Uint8Array(buf.subarray(symbolStart, symbolEnd));
        this.headSymbol = canonical(buf, symbolStart, symbolEnd);
      }
      if (!this.hasSymbol || sameBytes(h.symbolBytes, buf, symbolStart, symbolEnd)) {
        pushHead(h, day, close, high, low, line, lineOffset);
        return;
      }
      this.inHead = false;
    }
    if (!sameBytes(this.lastKey, buf, symbolStart, symbolEnd)) {
      const symbol = canonical(buf, symbolStart, symbolEnd);
      if (symbol === this.headSymbol || this.seen.has(symbol)) throw new NotContiguousError();
      this.seen.add(symbol);
      this.lastKey = new Uint8Array(buf.subarray(symbolStart, symbolEnd));
    }
    this.body.row(buf, day, close, high, low, symbolStart, symbolEnd, line, lineOffset);
  }

  skip(): void {
    throw new NotContiguousError();
  }

  /** Throws unless every folded index is in date order without repeats. */
  checkClean(): void {
    for (const s of this.body.streams.values()) if (!s.clean) throw new NotContiguousError();
  }
}

function canonical(buf: Buffer, start: number, end: number): string {
  return buf.toString('utf8', start, end).trim().toUpperCase();
}

function emptyHead(): HeadRows {
  const n = 1024;
  return {
    symbolBytes: new Uint8Array(0),
    length: 0,
    days: new Float64Array(n),
    close: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    lines: new Float64Array(n),
    offsets: new Float64Array(n),
  };
}

function pushHead(h: HeadRows, day: number, close: number, high: number, low: number, line: number, offset: number): void {
  if (h.length === h.days.length) {
    for (const key of ['days', 'close', 'high', 'low', 'lines', 'offsets'] as const) {
      const bigger = new Float64Array(h[key].length * 2);
      bigger.set(h[key]);
      h[key] = bigger;
    }
  }
  const i = h.length++;
  h.days[i] = day;
  h.close[i] = close;
  h.high[i] = high;
  h.low[i] = low;
  h.lines[i] = line;
  h.offsets[i] = offset;
}
