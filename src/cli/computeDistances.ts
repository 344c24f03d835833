import type { ReadOptions } from '../ingest/RowReader.js';
import type { DistanceResult } from '../render/DistanceResult.type.js';
import type { InputFile } from './inputFiles.js';
import type { Io } from './Io.type.js';
import { readFolds, reportOf } from './readReports.js';

/** How to measure each index against one level. */
export interface TargetQuery {
  /** The level, index points. */
  readonly level: number;
  /** Use sessions on or before this day number; `null` for all. */
  readonly asOfDay: number | null;
  /** A close (or high) equal to the level counts as above it. */
  readonly atOrAbove: boolean;
  /** How to read each file (symbol, date order, bad rows, strictness). */
  readonly read: ReadOptions;
}

/** Reads every file and measures each index's last close against `query.level` (no milestone levels). */
export async function computeDistances(inputs: readonly InputFile[], query: TargetQuery, io: Io): Promise<DistanceResult> {
  const config = { plan: { kind: 'list', levels: [] }, target: query.level, atOrAbove: query.atOrAbove, inclusive: false } as const;
  const read = await readFolds(inputs, { configFor: () => config, asOfDay: query.asOfDay, read: query.read }, io);
  const warnings = [...read.warnings];
  const rows = read.indexes.map((index) => {
    const report = reportOf(index, warnings);
    // The target is always set here: `config.target` is a number.
    if (report.target === null) throw new Error(`computeDistances: no target report for ${report.symbol}`);
    return { symbol: report.symbol, source: report.source, asOf: report.asOf, close: report.close, ...report.target };
  });
  return { target: query.level, rows, warnings };
}
