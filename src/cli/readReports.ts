import type { IndexReport } from '../core/IndexReport.type.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { type InputWarning, UsageError } from '../errors.js';
import type { ReadOptions } from '../ingest/RowReader.js';
import { warnFlatRowFacts } from '../ingest/warnFlatRowFacts.js';
import { type FoldParts, IndexFold } from '../pipeline/IndexFold.js';
import { type InputFile, type OnProgress, type ReadIndex, readIndexes } from '../pipeline/readIndexes.js';
import { staleDataWarnings } from './dataWindow.js';
import { fileNameWarnings } from './fileNameWarnings.js';
import { withWeekendGapNotes } from '../pipeline/weekendGapNotes.js';
import type { Io } from './Io.type.js';
import { namesSymbol } from './perSymbolValue.js';

/** A symbol an option names: `{ option: '--target', symbol: 'SPX' }`. */
export interface NamedSymbol {
  readonly option: string;
  readonly symbol: string;
}

/** What every command reads with: each index's milestone configuration, the as-of day, the read options. */
export interface ReadSettings {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  readonly read: ReadOptions;
  /** Symbols options name (`--step SYMBOL=STEP`, `--target SYMBOL=LEVEL`): one the input does not have is a usage error. */
  readonly namedSymbols?: readonly NamedSymbol[];
}

/** Reads every file into one `IndexFold` per index: the tracker, and the `parts` a command asks for. */
export async function readFolds(
  inputs: readonly InputFile[],
  settings: ReadSettings,
  io: Io,
  parts: FoldParts = {},
  onProgress?: OnProgress,
): Promise<{ indexes: ReadIndex<IndexFold>[]; warnings: InputWarning[] }> {
  const plan = { asOfDay: settings.asOfDay, foldFor: (symbol: string) => new IndexFold(settings.configFor(symbol), parts) };
  const read = await readIndexes(inputs, io.today === undefined ? settings.read : { ...settings.read, today: io.today() }, plan, io.openInput, onProgress);
  const present = read.indexes.map((index) => index.symbol);
  const unknown = (settings.namedSymbols ?? []).find(({ symbol }) => !present.some((p) => namesSymbol(symbol, p)));
  if (unknown !== undefined) {
    throw new UsageError(`${unknown.option} ${unknown.symbol}=…: the input has no index ${unknown.symbol} (it has ${[...new Set(present)].join(', ')})`);
  }
  read.warnings.push(...fileNameWarnings(inputs, read.indexes, settings.read.symbol));
  const data = read.indexes.map((index) => ({ symbol: index.symbol, source: index.source, lastDay: index.fold.tracker.asOf }));
  read.warnings.push(...staleDataWarnings(data, settings.asOfDay));
  return read;
}

/** The index's report; adds to `warnings` the one about its facts that rest on rows with no intraday range. */
export function reportOf(index: ReadIndex<IndexFold>, warnings: InputWarning[]): IndexReport {
  const report = withWeekendGapNotes(index.fold.report(index.symbol, index.source), index.flagged);
  const flat = index.isFlatDay === null ? null : warnFlatRowFacts(report, index.isFlatDay);
  if (flat !== null) warnings.push(flat);
  return { ...report, asOfRequested: index.asOfRequested };
}
