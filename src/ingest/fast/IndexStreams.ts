import type { MilestoneConfig } from '../../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../../errors.js';
import { skippedRowsWarning } from '../readPriceCsv.js';
import type { PendingReport } from '../../pipeline/PendingReport.type.js';
import type { RowSink } from './scanPlainRows.js';
import { SymbolStream } from './SymbolStream.js';
import { sameBytes, SymbolTable } from './SymbolTable.js';

export interface StreamSettings {
  readonly source: string;
  /** The symbol of a file without a symbol column. */
  readonly fixedSymbol: string;
  readonly hasSymbol: boolean;
  readonly hasHigh: boolean;
  readonly hasLow: boolean;
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
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
  private skipped = 0;
  private firstSkipped = 0;
  /** Replay mode: only rows of indexes that switched to sorting, from before the switch, are taken. */
  replaying = false;

  constructor(private readonly settings: StreamSettings) {}

  row(buf: Buffer, day: number, close: number, high: number, low: number, symbolStart: number, symbolEnd: number, line: number, lineOffset: number): void {
    let stream = this.lastStream;
    if (stream === null || (this.settings.hasSymbol && !sameBytes(this.lastKey, buf, symbolStart, symbolEnd))) {
      // Replaying, every row's index is known (or, folded by another thread, not this one's).
      if (this.replaying && this.byBytes.find(buf, symbolStart, symbolEnd) < 0) return;
      stream = this.resolve(buf, symbolStart, symbolEnd, line, lineOffset);
    }
    if (!this.replaying) stream.add(day, close, high, low, line, lineOffset);
    else if (stream.needsReplay && lineOffset < stream.replayEnd) stream.addReplayed(day, close, high, low, line);
  }

  get skippedRows(): number {
    return this.skipped;
  }

  skip(line: number): void {
    if (this.replaying) return;
    if (this.skipped++ === 0) this.firstSkipped = line;
  }

  private resolve(buf: Buffer, start: number, end: number, line: number, lineOffset: number): SymbolStream {
    let entry = this.byBytes.find(buf, start, end);
    if (entry < 0) {
      const { settings } = this;
      const symbol = settings.hasSymbol ? buf.toString('utf8', start, end).trim().toUpperCase() : settings.fixedSymbol;
      if (symbol === '') throw new InputError(settings.source, line, 'empty symbol');
      let stream = this.streams.get(symbol);
      if (stream === undefined) {
        stream = new SymbolStream(symbol, settings.source, settings.configFor(symbol), settings.asOfDay, settings.hasHigh, settings.hasLow, lineOffset, line);
        this.streams.set(symbol, stream);
      }
      entry = this.byBytes.add(buf, start, end, stream);
    }
    this.lastKey = this.byBytes.key(entry);
    return (this.lastStream = this.byBytes.value(entry));
  }

  /** Indexes whose earlier rows must be replayed from the file, with the byte range and first line to rescan. */
  replayRange(): { start: number; end: number; line: number } | null {
    let range: { start: number; end: number; line: number } | null = null;
    for (const s of this.streams.values()) {
      if (!s.needsReplay) continue;
      if (range === null) range = { start: s.firstOffset, end: s.replayEnd, line: s.firstLine };
      if (s.firstOffset < range.start) Object.assign(range, { start: s.firstOffset, line: s.firstLine });
      range.end = Math.max(range.end, s.replayEnd);
    }
    return range;
  }

  /**
   * After the whole file: the warnings (skipped rows, then duplicates index by index) and each index
   * with its report, or the general path's error for a file without sessions or with a conflicting
   * duplicate.
   */
  finish(): { warnings: InputWarning[]; reports: PendingReport[] } {
    const { source } = this.settings;
    const warnings: InputWarning[] = [];
    if (this.skipped > 0) warnings.push(skippedRowsWarning(source, this.skipped, this.firstSkipped));
    if (this.streams.size === 0) throw new InputError(source, null, 'no data rows after the header');
    for (const s of this.streams.values()) s.finish(warnings);
    const reports = [...this.streams.values()].map((s) => ({ symbol: s.symbol, hasSessions: s.hasSessions, report: () => s.report() }));
    return { warnings, reports };
  }
}
