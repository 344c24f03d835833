import type { InputWarning } from '../../errors.js';
import { NotPlainError } from './NotPlainError.js';
import type { RowSink } from './scanPlainRows.js';
import { type SessionFold, SymbolStream } from './SymbolStream.js';
import { sameBytes, SymbolTable } from './SymbolTable.js';

export interface StreamSettings {
  readonly source: string;
  /** The symbol of a file without a symbol column. */
  readonly fixedSymbol: string;
  readonly hasSymbol: boolean;
  readonly hasHigh: boolean;
  readonly asOfDay: number | null;
}

/**
 * The scanner's sink: routes each row to its index's `SymbolStream`, found by the symbol's bytes
 * (same bytes as the previous row: no lookup at all, the common case in a file grouped by symbol).
 * Symbols are compared as the general path does (trimmed, upper-cased), in order of first appearance.
 */
export class IndexStreams<F extends SessionFold> implements RowSink {
  readonly streams = new Map<string, SymbolStream<F>>();
  private readonly byBytes = new SymbolTable<SymbolStream<F>>();
  private lastKey: Uint8Array = new Uint8Array(0);
  private lastStream: SymbolStream<F> | null = null;

  constructor(
    private readonly settings: StreamSettings,
    /** The fold of a new index's sessions. */
    private readonly foldFor: (symbol: string) => F,
  ) {}

  row(buf: Buffer, prices: Float64Array, day: number, symbolStart: number, symbolEnd: number, line: number): void {
    let stream = this.lastStream;
    if (stream === null || (this.settings.hasSymbol && !sameBytes(this.lastKey, buf, symbolStart, symbolEnd))) {
      stream = this.resolve(buf, symbolStart, symbolEnd);
    }
    stream.add(day, prices, line);
  }

  private resolve(buf: Buffer, start: number, end: number): SymbolStream<F> {
    let entry = this.byBytes.find(buf, start, end);
    if (entry < 0) {
      const { settings } = this;
      const symbol = settings.hasSymbol ? buf.toString('utf8', start, end).trim().toUpperCase() : settings.fixedSymbol;
      if (symbol === '') throw new NotPlainError();
      entry = this.byBytes.add(buf, start, end, this.streamOf(symbol));
    }
    this.lastKey = this.byBytes.key(entry);
    return (this.lastStream = this.byBytes.value(entry));
  }

  /** The stream of `symbol`, made on its first row. */
  streamOf(symbol: string): SymbolStream<F> {
    let stream = this.streams.get(symbol);
    if (stream === undefined) {
      const { settings } = this;
      const prefix = settings.hasSymbol ? `${symbol}: ` : '';
      stream = new SymbolStream(symbol, settings.source, this.foldFor(symbol), settings.asOfDay, settings.hasHigh, prefix);
      this.streams.set(symbol, stream);
    }
    return stream;
  }

  /** After the whole file: the warnings, index by index. */
  warnings(): InputWarning[] {
    const warnings: InputWarning[] = [];
    for (const s of this.streams.values()) s.finish(warnings);
    return warnings;
  }
}
