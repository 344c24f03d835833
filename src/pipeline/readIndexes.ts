import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { InputError, type InputWarning } from '../errors.js';
import type { ByteInput } from '../ingest/ByteInput.type.js';
import { type IndexStream, RowsOutOfOrder, type SessionFold } from '../ingest/IndexStream.js';
import { type FileIndexes, type FoldPlan, type ReadOptions, RowReader } from '../ingest/RowReader.js';

/** A file to read, and the name its rows are reported under (`--sample` reads a bundled file). */
export interface InputFile {
  readonly path: string;
  readonly label: string;
}

/** One index read: its name, where from, its fold, and whether a reported fact may rest on a flat row. */
export interface ReadIndex<F extends SessionFold> {
  readonly symbol: string;
  readonly source: string;
  readonly fold: F;
  /** Sessions folded (those on or before the as-of day). */
  readonly sessions: number;
  readonly isFlatDay: ((day: number) => boolean) | null;
  /** `--as-of` (day number), `null` without it: the report says which day was asked for beside the day used. */
  readonly asOfRequested: number | null;
  /** The index's own data-quality warnings (weekend rows, flat rows, …), with their rows. */
  readonly flagged: readonly InputWarning[];
}

/** Called after each chunk: bytes read so far, lines read, file size (`null`: unknown). */
export type OnProgress = (bytes: number, lines: number, size: number | null) => void;

/**
 * Reads every file once, in order, through the one reader, folding each index as its rows arrive;
 * a file with rows out of date order is read again, holding its rows. Every error and warning about
 * the input is raised here, before any output. Each index must have a session on or before the as-of day.
 */
export async function readIndexes<F extends SessionFold>(
  files: readonly InputFile[],
  options: ReadOptions,
  plan: FoldPlan<F>,
  open: (path: string) => Promise<ByteInput>,
  onProgress?: OnProgress,
): Promise<{ indexes: ReadIndex<F>[]; warnings: InputWarning[] }> {
  const indexes: ReadIndex<F>[] = [];
  const warnings: InputWarning[] = [];
  for (const { path, label } of files) {
    const input = await open(path);
    let read: FileIndexes<F>;
    try {
      try {
        read = await readFile(input, label, options, plan, false, indexes.length, onProgress);
      } catch (error) {
        if (!(error instanceof RowsOutOfOrder)) throw error;
        read = await readFile(input, label, options, plan, true, indexes.length, onProgress);
      }
    } finally {
      input.close();
    }
    warnings.push(...read.warnings);
    for (const stream of read.indexes) {
      if (stream.sessions === 0) {
        const asOf = plan.asOfDay === null ? '' : isoFromDayNumber(plan.asOfDay);
        throw new InputError(label, null, `${stream.symbol} has no session on or before --as-of ${asOf}: its first is ${isoFromDayNumber(stream.firstDay)}`);
      }
      indexes.push(readIndex(stream, label, plan.asOfDay));
    }
  }
  return { indexes, warnings };
}

async function readFile<F extends SessionFold>(
  input: ByteInput,
  label: string,
  options: ReadOptions,
  plan: FoldPlan<F>,
  hold: boolean,
  indexesBefore: number,
  onProgress?: OnProgress,
): Promise<FileIndexes<F>> {
  const reader = new RowReader(label, options, plan, hold, indexesBefore);
  for await (const chunk of input.chunks()) {
    reader.push(chunk);
    if (onProgress) onProgress(reader.progress.bytes, reader.progress.lines, input.size);
    if (reader.failed) break;
  }
  return reader.finish();
}

function readIndex<F extends SessionFold>(stream: IndexStream<F>, source: string, asOfRequested: number | null): ReadIndex<F> {
  return { symbol: stream.symbol, source, fold: stream.fold, sessions: stream.sessions, isFlatDay: stream.isFlatDay, asOfRequested, flagged: stream.flagged };
}
