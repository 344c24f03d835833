import { readSync } from 'node:fs';
import type { PlainLayout } from '../ingest/fast/PlainLayout.type.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import { PlainRowScanner, type RowSink } from '../ingest/fast/scanPlainRows.js';

const CHUNK_BYTES = 1 << 20;

/**
 * Scans the lines of `[start, end)` of the file into `sink`; `start` is a line start, `end` a line
 * start or the file size. `lineBefore` is the number of the line before `start`; returns the number
 * of the last line scanned.
 */
export function scanFileRange(
  fd: number,
  layout: PlainLayout,
  sink: RowSink,
  start: number,
  end: number,
  lineBefore: number,
  onProgress?: (bytes: number, lines: number) => void,
): number {
  const scanner = new PlainRowScanner(layout, sink, lineBefore);
  // The parser's memory, whose size is fixed: a line longer than it is not a plain row.
  const fixed = scanner.buffer;
  let buf = fixed ?? Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - start + 1));
  let filled = 0;
  let position = start;
  while (position < end) {
    if (filled === buf.length) {
      if (fixed !== null) throw new NotPlainError();
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    const n = readSync(fd, buf, filled, Math.min(buf.length - filled, CHUNK_BYTES, end - position), position);
    if (n === 0) break;
    position += n;
    filled += n;
    const consumed = scanner.scan(buf, 0, filled);
    buf.copyWithin(0, consumed, filled);
    filled -= consumed;
    onProgress?.(position, scanner.line);
  }
  if (filled > 0) {
    // The last line has no newline: scan it as if it had one.
    if (filled === buf.length) {
      if (fixed !== null) throw new NotPlainError();
      const bigger = Buffer.allocUnsafe(buf.length + 1);
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    buf[filled] = 10;
    scanner.scan(buf, 0, filled + 1);
  }
  return scanner.line;
}

