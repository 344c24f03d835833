import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import type { LevelVisitor } from '../core/LevelVisitor.type.js';
import { MilestoneTracker } from '../core/MilestoneTracker.js';
import { InputError, type InputWarning } from '../errors.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import type { SymbolStream } from '../ingest/fast/SymbolStream.js';
import { sniffPlainCsv } from '../ingest/fast/sniffPlainCsv.js';
import { symbolFromPath } from '../ingest/symbolFromPath.js';
import type { PendingReport } from './PendingReport.type.js';
import { type BlockRequest, type BlocksJob, type BlocksResult, CLAIMED } from './Blocks.type.js';
import { scanFileRange } from './scanFileRange.js';
import { scanBlocksInWorker } from './scanBlocksInWorker.js';

/**
 * How a large file is read by two threads: cut into blocks, this thread reads them from the first on
 * while `scan` (a worker thread) reads them from the last back, until they meet; each block's indexes
 * are folded apart and merged in file order. The faster thread simply reads more blocks.
 */
export interface SplitPlan {
  /** Whether to use a second thread at all. */
  readonly enabled: boolean;
  /** A file with fewer bytes of rows is read here alone: starting a thread costs more than it saves. */
  readonly minBytes: number;
  /** Bytes per block (blocks end at line ends). */
  readonly blockBytes: number;
  readonly scan: (request: BlockRequest) => BlocksJob;
}

export interface FileSettings {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  /** Symbol for a file without a symbol column; default: the file name's stem. */
  readonly symbol?: string;
  /** `--strict`: the first data-quality warning is an error. */
  readonly strict?: boolean;
  /** Default: a worker thread on a machine with two or more CPUs, for 96 MiB of rows or more, in 4 MiB blocks. */
  readonly split?: SplitPlan;
  /** The default plan's threshold instead (`MILESTONES_WORKER_MIN_MB`). */
  readonly workerMinBytes?: number;
}

/** Each index of one file in order of first appearance, with its pending report, and the file's warnings. */
export interface FileReports {
  readonly reports: PendingReport[];
  readonly warnings: InputWarning[];
}

/** Called after each chunk: bytes of the file read so far, lines scanned, file size. */
export type OnProgress = (bytes: number, lines: number, size: number) => void;

const HEAD_BYTES = 1 << 16;

/**
 * One worker thread at most, whatever the machine: each adds its own heap, and the memory goal is
 * per process. It pays from about 100 MB of rows on (measured on 2 CPUs: 57 MB 0.30 s alone, 0.33 s
 * with it; 114 MB 0.43 → 0.40 s; 287 MB 0.92 → 0.77 s): it boots and optimises its own copy of the
 * scanner on the CPU where V8 is still optimising this thread's.
 */
const DEFAULT_SPLIT: SplitPlan = { enabled: availableParallelism() >= 2, minBytes: 96 << 20, blockBytes: 4 << 20, scan: scanBlocksInWorker };

/**
 * Streams the plain CSV file at `path` (reported as `source`) through the byte scanner, folding each
 * index as its rows arrive: memory is a chunk plus the milestone levels per index, whatever the
 * file's size. A large file is read in parts at once (`split`), each folded apart and merged in file
 * order. Returns `null` when the file is not plain, holds anything but plain session rows in
 * ascending date order per index, or cannot be opened: the general path must read it, and gives the
 * result or the message. Otherwise the same reports and warnings as the general path.
 *
 * Both layouts people have stream: rows grouped by symbol, and rows sorted by date across symbols.
 */
export async function computePlainFile(path: string, source: string, settings: FileSettings, onProgress?: OnProgress): Promise<FileReports | null> {
  if (path === '-') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    return await readOpenFile(fd, path, source, settings, onProgress);
  } catch (error) {
    if (error instanceof NotPlainError) return null;
    throw error;
  } finally {
    closeSync(fd);
  }
}

async function readOpenFile(fd: number, path: string, source: string, settings: FileSettings, onProgress?: OnProgress): Promise<FileReports | null> {
  const size = fstatSync(fd).size;
  const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, size));
  const layout = sniffPlainCsv(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  if (layout === null) return null;
  const hasHigh = layout.high >= 0;
  const common = { source, fixedSymbol: settings.symbol ?? symbolFromPath(source), hasSymbol: layout.symbol >= 0, hasHigh, asOfDay: settings.asOfDay };
  const streams = new IndexStreams(common, (symbol) => new MilestoneTracker(settings.configFor(symbol), hasHigh));
  const plan = settings.split ?? (settings.workerMinBytes === undefined ? DEFAULT_SPLIT : { ...DEFAULT_SPLIT, minBytes: settings.workerMinBytes });
  const cuts = findCuts(fd, layout.dataStart, size, plan);
  const claims = new Int32Array(new SharedArrayBuffer(4 * (cuts.length - 1)));
  const shared = onProgress === undefined ? null : new SharedArrayBuffer(16);
  const job = cuts.length > 2 ? plan.scan({ ...common, path, layout, cuts, claims: claims.buffer as SharedArrayBuffer, progress: shared }) : null;
  try {
    const progress = onProgress && ((bytes: number, lines: number) => onProgress(...withOther(bytes, lines, shared), size));
    let line = layout.dataLine - 1;
    let block = 0;
    for (; block < cuts.length - 1; block++) {
      if (Atomics.compareExchange(claims, block, CLAIMED.free, CLAIMED.first) !== CLAIMED.free) break;
      line = scanFileRange(fd, layout, streams, cuts[block], cuts[block + 1], line, progress && ((at, lines) => progress(at - cuts[0], lines)));
    }
    if (job !== null && block < cuts.length - 1) merge(streams, await job.result, block, line);
  } finally {
    job?.cancel();
  }
  return finish(streams, source, settings.strict ?? false);
}

/** The file's block boundaries `[dataStart, ..., size]`, each a line start: blocks of about `plan.blockBytes`, or one. */
function findCuts(fd: number, dataStart: number, size: number, plan: SplitPlan): number[] {
  const bytes = size - dataStart;
  if (!plan.enabled || bytes < plan.minBytes || bytes <= 0) return [dataStart, size];
  const cuts = [dataStart];
  const window = Buffer.allocUnsafe(Math.min(HEAD_BYTES, size));
  for (let at = dataStart + plan.blockBytes; at < size; at += plan.blockBytes) {
    // The first line start at or after `at`: just past a newline at `at - 1` or later.
    const n = readSync(fd, window, 0, window.length, at - 1);
    const newline = window.subarray(0, n).indexOf(10);
    const cut = at + newline;
    if (newline < 0) break;
    if (cut > cuts[cuts.length - 1] && cut < size) cuts.push(cut);
  }
  cuts.push(size);
  return cuts;
}

/** Progress of this thread's blocks plus the other thread's (shared `[bytes, lines]`). */
function withOther(bytes: number, lines: number, shared: SharedArrayBuffer | null): [number, number] {
  if (shared === null) return [bytes, lines];
  const [b, l] = new Float64Array(shared);
  return [bytes + b, lines + l];
}

/**
 * Continues every index with the other thread's blocks `[from, end)`; `lineBefore` is the number of
 * the line before block `from`. Their line numbers count back from the file's last line.
 */
function merge(streams: IndexStreams<MilestoneTracker>, result: BlocksResult, from: number, lineBefore: number): void {
  if (result.kind === 'notPlain') throw new NotPlainError();
  if (result.kind === 'failed') throw new Error(`reading blocks of the file in a worker thread: ${result.message}`);
  if (result.from !== from) throw new Error(`the worker thread read from block ${result.from}, not ${from}`);
  for (const later of result.streams) streams.streamOf(later.symbol).absorb(later, later.tracker, lineBefore + result.lines);
}

function release(stream: SymbolStream<MilestoneTracker>): MilestoneTracker {
  const tracker = stream.fold!;
  stream.fold = null;
  return tracker;
}

function finish(streams: IndexStreams<MilestoneTracker>, source: string, strict: boolean): FileReports {
  // A file without sessions gets the general path's message.
  if (streams.streams.size === 0) throw new NotPlainError();
  const warnings = streams.warnings();
  if (strict && warnings.length > 0) {
    const w = warnings[0];
    throw new InputError(w.source, w.line, `${w.message} (an error with --strict)`);
  }
  const reports = [...streams.streams.values()].map((s) => ({
    symbol: s.symbol,
    hasSessions: s.hasSessions,
    // The levels are freed once reported: a market-wide run writes index by index.
    report: () => release(s).report(s.symbol, source),
    eachLevel: (visitor: LevelVisitor) => release(s).eachLevel(visitor),
    isFlatDay: s.isFlatDay,
  }));
  return { reports, warnings };
}
