import type { MilestoneConfig } from '../../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../../errors.js';
import type { PendingReport } from '../../pipeline/PendingReport.type.js';
import { NotPlainError } from './NotPlainError.js';
import type { RowSink } from './scanPlainRows.js';
import { SymbolStream } from './SymbolStream.js';
import { sameBytes, SymbolTable } from './SymbolTable.js';

export interface StreamSettings {
  readonly source: string;
  /** The symbol of a file without a symbol column. */
  readonly fixedSymbol: string;
  readonly hasSymbol: boolean;
  readonly hasHigh: boolean;
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  /** `--strict`: the first warning is an error, as in the general path. */
  readonly strict: boolean;
}

/**
 * The scanner's sink: routes each row to its index's `SymbolStream`, found by the symbol's bytes
 * (same bytes as the previous row: no lookup at all, the common case in a file grouped by symbol).
 * Symbols are compared as the general path does (trimmed, upper-cased), in order of first appearance.
 */
export class IndexStreams implements RowSink {
  readonly streams = new Map<string, SymbolStream>();
  private readonly byBytes = new SymbolTable<SymbolStream>();
  private lastKey: Uint8Array = new Uint8Array(0);
  private lastStream: SymbolStream | null = null;

  constructor(private readonly settings: StreamSettings) {}

  row(buf: Buffer, prices: Float64Array, day: number, symbolStart: number, symbolEnd: number, line: number): void {
    let stream = this.lastStream;
    if (stream === null || (this.settings.hasSymbol && !sameBytes(this.lastKey, buf, symbolStart, symbolEnd))) {
      stream = this.resolve(buf, symbolStart, symbolEnd);
    }
    stream.add(day, prices, line);
  }

  private resolve(buf: Buffer, start: number, end: number): SymbolStream {
    let entry = this.byBytes.find(buf, start, end);
    if (entry < 0) {
      const { settings } = this;
      const symbol = settings.hasSymbol ? buf.toString('utf8', start, end).trim().toUpperCase() : settings.fixedSymbol;
      if (symbol === '') throw new NotPlainError();
      let stream = this.streams.get(symbol);
      if (stream === undefined) {
        const prefix = settings.hasSymbol ? `${symbol}: ` : '';
        stream = new SymbolStream(symbol, settings.source, settings.configFor(symbol), settings.asOfDay, settings.hasHigh, prefix);
        this.streams.set(symbol, stream);
      }
      entry = this.byBytes.add(buf, start, end, stream);
    }
    this.lastKey = this.byBytes.key(entry);
    return (this.lastStream = this.byBytes.value(entry));
  }

  /** After the whole file: the warnings (index by index) and each index with its pending report. */
  finish(): { warnings: InputWarning[]; reports: PendingReport[] } {
    // A file without sessions gets the general path's message.
    if (this.streams.size === 0) throw new NotPlainError();
    const warnings: InputWarning[] = [];
    for (const s of this.streams.values()) s.finish(warnings);
    if (this.settings.strict && warnings.length > 0) {
      const w = warnings[0];
      throw new InputError(w.source, w.line, `${w.message} (an error with --strict)`);
    }
    const reports = [...this.streams.values()].map((s) => ({
      symbol: s.symbol,
      hasSessions: s.hasSessions,
      report: () => s.report(),
      isFlatDay: s.isFlatDay,
    }));
    return { warnings, reports };
  }
}
