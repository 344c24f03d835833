import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { IndexReport } from '../core/IndexReport.type.js';
import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { InputError, type InputWarning } from '../errors.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import type { PlainLayout } from '../ingest/fast/PlainLayout.type.js';
import { NotPlainError, PlainRowScanner } from '../ingest/fast/scanPlainRows.js';
import { sniffPlainCsv } from '../ingest/fast/sniffPlainCsv.js';
import { symbolFromPath } from '../ingest/readPriceCsv.js';

export interface FileSettings {
  readonly configFor: (symbol: string) => MilestoneConfig;
  readonly asOfDay: number | null;
  /** Symbol for a file without a symbol column; default: the file name's stem. */
  readonly symbol?: string;
}

/** Each index of one file in order of first appearance, with its report (`null`: nothing on or before the as-of day). */
export interface FileReports {
  readonly reports: { readonly symbol: string; readonly report: IndexReport | null }[];
  readonly warnings: InputWarning[];
}

/** Called after each chunk: bytes of the file read so far, lines scanned, file size. */
export type OnProgress = (bytes: number, lines: number, size: number) => void;

const HEAD_BYTES = 1 << 16;
const CHUNK_BYTES = 1 << 22;

/**
 * Streams a plain CSV file through the byte scanner, folding each index as its rows arrive: memory is
 * a chunk plus the milestone levels per index (plus the rows of indexes whose rows are out of date order).
 * Returns `null` when the file is not plain (or cannot be opened): the general path must read it,
 * and will give the right result or message. Same results, warnings and errors as the general path.
 */
export function computePlainFile(path: string, settings: FileSettings, onProgress?: OnProgress): FileReports | null {
  if (path === '-') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      return null;
    }
  } catch {
    return null;
  }
  try {
    return readOpenFile(fd, path, settings, onProgress);
  } finally {
    closeSync(fd);
  }
}

function readOpenFile(fd: number, source: string, settings: FileSettings, onProgress?: OnProgress): FileReports | null {
  const size = fstatSync(fd).size;
  const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, size));
  const headLength = readSync(fd, head, 0, head.length, 0);
  const layout = sniffPlainCsv(head.subarray(0, headLength));
  if (layout === null) return null;
  const streams = new IndexStreams({
    source,
    fixedSymbol: settings.symbol ?? symbolFromPath(source),
    hasSymbol: layout.symbol >= 0,
    hasHigh: layout.high >= 0,
    hasLow: layout.low >= 0,
    configFor: settings.configFor,
    asOfDay: settings.asOfDay,
  });
  try {
    scanRange(fd, layout, source, streams, layout.dataStart, size, layout.dataLine - 1, onProgress && ((bytes, lines) => onProgress(bytes, lines, size)));
    const replay = streams.replayRange();
    if (replay !== null) {
      streams.replaying = true;
      scanRange(fd, layout, source, streams, replay.start, replay.end, replay.line - 1);
      streams.replaying = false;
    }
    return streams.finish();
  } catch (error) {
    if (error instanceof NotPlainError) return null;
    // The general path reads a file with a quote anywhere through csv-parse, whose messages win.
    if (error instanceof InputError && hasQuoteFrom(fd, 0, size)) return null;
    throw error;
  }
}

/** Scans the lines of `[start, end)` of the file (a line cut by `end` is read whole only at the end of the file). */
function scanRange(
  fd: number,
  layout: PlainLayout,
  source: string,
  sink: IndexStreams,
  start: number,
  end: number,
  lineBefore: number,
  onProgress?: (bytes: number, lines: number) => void,
): void {
  const scanner = new PlainRowScanner(layout, source, sink, lineBefore);
  let buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - start + 1));
  let base = start; // file offset of buf[0]
  let filled = 0;
  let position = start;
  while (position < end) {
    if (filled === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    const n = readSync(fd, buf, filled, Math.min(buf.length - filled, end - position), position);
    if (n === 0) break;
    position += n;
    filled += n;
    const consumed = scanner.scan(buf, 0, filled, base);
    buf.copyWithin(0, consumed, filled);
    filled -= consumed;
    base += consumed;
    onProgress?.(position, scanner.line);
  }
  if (filled > 0) {
    // The last line has no newline: scan it as if it had one.
    if (filled === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length + 1);
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    buf[filled] = 10;
    scanner.scan(buf, 0, filled + 1, base);
  }
}

function hasQuoteFrom(fd: number, start: number, size: number): boolean {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let position = start; position < size; ) {
    const n = readSync(fd, buf, 0, buf.length, position);
    if (n === 0) break;
    if (buf.subarray(0, n).includes(34)) return true;
    position += n;
  }
  return false;
}
