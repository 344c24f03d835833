import { UsageError } from '../errors.js';
import type { ReadOptions } from '../ingest/RowReader.js';
import type { DistanceResult } from '../render/DistanceResult.type.js';
import { namedBy } from './computeOptions.js';
import type { InputFile } from './inputFiles.js';
import type { Io } from './Io.type.js';
import type { PerSymbol } from './parsers.js';
import { valueFor } from './perSymbolValue.js';
import { readFolds, reportOf } from './readReports.js';

/** How to measure each index against its level. */
export interface TargetQuery {
  /** The level for every index and by symbol, index points. */
  readonly levels: PerSymbol;
  /** Use sessions on or before this day number; `null` for all. */
  readonly asOfDay: number | null;
  /** A close (or high) equal to the level counts as above it. */
  readonly atOrAbove: boolean;
  /** How to read each file (symbol, date order, bad rows, strictness). */
  readonly read: ReadOptions;
}

/**
 * Reads every file and measures each index's last close against its level (no milestone levels).
 * An index with no level (none for every index, and its symbol not named) is a usage error.
 */
export async function computeDistances(inputs: readonly InputFile[], query: TargetQuery, io: Io): Promise<DistanceResult> {
  const configFor = (symbol: string) => ({ plan: { kind: 'list', levels: [] }, target: valueFor(query.levels, symbol), atOrAbove: query.atOrAbove, inclusive: false }) as const;
  const read = await readFolds(inputs, { configFor, asOfDay: query.asOfDay, read: query.read, namedSymbols: namedBy('--target', query.levels) }, io);
  const warnings = [...read.warnings];
  const rows = read.indexes.map((index) => {
    const report = reportOf(index, warnings);
    if (report.target === null) throw new UsageError(`no level for ${report.symbol}: give one for every index (7000) or ${report.symbol}=LEVEL`);
    return { symbol: report.symbol, name: report.name, source: report.source, asOf: report.asOf, close: report.close, firstDate: report.firstDate, historyComplete: report.historyComplete, ...report.target };
  });
  return { target: query.levels.defaultValue, rows, warnings };
}
