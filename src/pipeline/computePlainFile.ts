import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import type { InputWarning } from '../errors.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import { sniffPlainCsv } from '../ingest/fast/sniffPlainCsv.js';
import { symbolFromPath } from '../ingest/symbolFromPath.js';
import type { PendingReport } from './PendingReport.type.js';
import { scanFileRange } from './scanFileRange.js';

export interface FileSettings {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  /** Symbol for a file without a symbol column; default: the file name's stem. */
  readonly symbol?: string;
  /** `--strict`: the first data-quality warning is an error. */
  readonly strict?: boolean;
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
 * Streams the plain CSV file at `path` (reported as `source`) through the byte scanner, folding each index as its rows arrive: memory is
 * a chunk plus the milestone levels per index, whatever the file's size. Returns `null` when the file
 * is not plain, holds anything but plain session rows in ascending date order per index, or cannot be
 * opened: the general path must read it, and gives the result or the message. Otherwise the same
 * reports and warnings as the general path.
 *
 * Both layouts people have stream: rows grouped by symbol, and rows sorted by date across symbols.
 * (A second thread over half the file was measured not to pay on a 2-CPU machine; see the README.)
 */
export function computePlainFile(path: string, source: string, settings: FileSettings, onProgress?: OnProgress): FileReports | null {
  if (path === '-') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    return readOpenFile(fd, source, settings, onProgress);
  } catch (error) {
    if (error instanceof NotPlainError) return null;
    throw error;
  } finally {
    closeSync(fd);
  }
}

function readOpenFile(fd: number, source: string, settings: FileSettings, onProgress?: OnProgress): FileReports | null {
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
    configFor: settings.configFor,
    asOfDay: settings.asOfDay,
    strict: settings.strict ?? false,
  });
  scanFileRange(fd, layout, streams, layout.dataStart, size, layout.dataLine - 1, onProgress && ((bytes, lines) => onProgress(bytes, lines, size)));
  return streams.finish();
}
