import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InputError, type InputWarning } from '../errors.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import type { PlainLayout } from '../ingest/fast/PlainLayout.type.js';
import { NotPlainError } from '../ingest/fast/scanPlainRows.js';
import { looksContiguous } from '../ingest/fast/looksContiguous.js';
import { sniffPlainCsv } from '../ingest/fast/sniffPlainCsv.js';
import { symbolFromPath } from '../ingest/readPriceCsv.js';
import { type ConfigRule, chooseConfig } from './chooseConfig.js';
import { unpackReport } from './packReport.js';
import type { PendingReport } from './PendingReport.type.js';
import type { RangeJob, RangeResult } from './RangeJob.type.js';
import { scanFileRange } from './scanFileRange.js';

export interface FileSettings {
  readonly configRule: ConfigRule;
  readonly asOfDay: number | null;
  /** Symbol for a file without a symbol column; default: the file name's stem. */
  readonly symbol?: string;
  /**
   * Let a worker thread fold the second half of a large file (default: no). Measured on the 2-CPU
   * benchmark machine it did not pay: each half scans slower with both CPUs busy, the worker warms up
   * its own JIT, and its reports cost ~0.3 s to pack and unpack, for ~20 MB more memory.
   */
  readonly parallel?: boolean;
  /** Smallest file split in two (default 16 MiB; tests lower it). */
  readonly splitMinBytes?: number;
}

/** Each index of one file in order of first appearance, with its report (`null`: nothing on or before the as-of day). */
export interface FileReports {
  readonly reports: PendingReport[];
  readonly warnings: InputWarning[];
}

/** Called after each chunk: bytes of the file read so far, lines scanned, file size. */
export type OnProgress = (bytes: number, lines: number, size: number) => void;

const HEAD_BYTES = 1 << 16;
/** Below this a worker's start-up (~30 ms) costs more than it saves. */
const PARALLEL_MIN_BYTES = 16 << 20;

/**
 * Streams a plain CSV file through the byte scanner, folding each index as its rows arrive: memory is
 * a chunk plus the milestone levels per index (plus the rows of indexes whose rows are out of date order).
 * A large file of contiguous indexes is split in two at a line start and the halves folded on two
 * threads. Returns `null` when the file is not plain (or cannot be opened): the general path must read
 * it, and will give the right result or message. Same results, warnings and errors as the general path.
 */
export async function computePlainFile(path: string, settings: FileSettings, onProgress?: OnProgress): Promise<FileReports | null> {
  if (path === '-') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    return await readOpenFile(fd, path, settings, onProgress);
  } finally {
    closeSync(fd);
  }
}

async function readOpenFile(fd: number, source: string, settings: FileSettings, onProgress?: OnProgress): Promise<FileReports | null> {
  const size = fstatSync(fd).size;
  const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, size));
  const sample = head.subarray(0, readSync(fd, head, 0, head.length, 0));
  const layout = sniffPlainCsv(sample);
  if (layout === null) return null;
  const streams = new IndexStreams({
    source,
    fixedSymbol: settings.symbol ?? symbolFromPath(source),
    hasSymbol: layout.symbol >= 0,
    hasHigh: layout.high >= 0,
    hasLow: layout.low >= 0,
    configFor: (symbol) => chooseConfig(settings.configRule, symbol),
    asOfDay: settings.asOfDay,
  });
  const split =
    settings.parallel === true &&
    availableParallelism() >= 2 &&
    size - layout.dataStart >= (settings.splitMinBytes ?? PARALLEL_MIN_BYTES) &&
    looksContiguous(sample, layout);
  const mid = split ? lineStartAfter(fd, layout.dataStart + Math.floor((size - layout.dataStart) / 2), size) : size;
  const progress = new Float64Array(new SharedArrayBuffer(16));
  const worker = mid < size ? await startWorker({ path: source, source, layout, start: mid, end: size, rule: settings.configRule, asOfDay: settings.asOfDay, progress }) : null;
  const progressOfBoth = onProgress && ((bytes: number, lines: number) => onProgress(bytes + progress[0], lines + progress[1], size));
  try {
    const lineAtMid = scanFileRange(fd, layout, source, streams, layout.dataStart, mid, layout.dataLine - 1, progressOfBoth);
    let extra: FileReports['reports'] = [];
    if (worker !== null) {
      const result = await worker.result;
      void worker.worker.terminate();
      const merged = result.ok ? mergeRange(streams, result, lineAtMid) : null;
      if (merged !== null) extra = merged;
      else scanFileRange(fd, layout, source, streams, mid, size, lineAtMid, onProgress && ((bytes, lines) => onProgress(bytes, lines, size)));
    }
    const replay = streams.replayRange();
    if (replay !== null) {
      streams.replaying = true;
      scanFileRange(fd, layout, source, streams, replay.start, replay.end, replay.line - 1);
      streams.replaying = false;
    }
    const done = streams.finish();
    return { warnings: done.warnings, reports: [...done.reports, ...extra] };
  } catch (error) {
    if (error instanceof NotPlainError) return null;
    // The general path reads a file with a quote anywhere through csv-parse, whose messages win.
    if (error instanceof InputError && hasQuote(fd, size)) return null;
    throw error;
  } finally {
    void worker?.worker.terminate();
  }
}

/**
 * Appends a worker's range to the indexes of the range before: its head rows continue (or start) one
 * index; its other indexes must be new. Returns their reports, or `null` when an index of the
 * range also appeared before it (then the caller scans the range itself).
 */
function mergeRange(streams: IndexStreams, result: Extract<RangeResult, { ok: true }>, lineAtMid: number): FileReports['reports'] | null {
  if (result.reports.some((r) => streams.streams.has(r.symbol))) return null;
  const h = result.head;
  const key = Buffer.from(h.symbolBytes);
  for (let i = 0; i < h.length; i++) {
    streams.row(key, h.days[i], h.close[i], h.high[i], h.low[i], 0, key.length, lineAtMid + h.lines[i], h.offsets[i]);
  }
  return result.reports.map(({ symbol, json }) => ({ symbol, hasSessions: json !== null, report: () => unpackReport(json!) }));
}

/**
 * A small heap for the worker: the memory bound holds with two threads. A range that needs more
 * (the worker runs out of memory) is scanned by the main thread instead.
 */
const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };

async function startWorker(job: RangeJob): Promise<{ worker: import('node:worker_threads').Worker; result: Promise<RangeResult> }> {
  // Loaded only when a file is split: start-up time matters to scripts that call the tool in a loop.
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./foldRangeWorker.js', import.meta.url), { workerData: job, resourceLimits: LIMITS });
  const result = new Promise<RangeResult>((resolve) => {
    worker.once('message', (m: RangeResult) => resolve(m));
    worker.once('error', () => resolve({ ok: false }));
    worker.once('exit', () => resolve({ ok: false }));
  });
  return { worker, result };
}

/** The offset of the first line that starts at or after `at` (`size` if none). */
function lineStartAfter(fd: number, at: number, size: number): number {
  const buf = Buffer.allocUnsafe(1 << 16);
  for (let position = at - 1; position < size; ) {
    const n = readSync(fd, buf, 0, buf.length, position);
    if (n === 0) break;
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl >= 0) return position + nl + 1;
    position += n;
  }
  return size;
}

function hasQuote(fd: number, size: number): boolean {
  const buf = Buffer.allocUnsafe(1 << 22);
  for (let position = 0; position < size; ) {
    const n = readSync(fd, buf, 0, buf.length, position);
    if (n === 0) break;
    if (buf.subarray(0, n).includes(34)) return true;
    position += n;
  }
  return false;
}
