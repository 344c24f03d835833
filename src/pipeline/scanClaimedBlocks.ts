import { closeSync, openSync } from 'node:fs';
import { SegmentRecorder } from '../core/SegmentRecorder.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import type { SymbolStream } from '../ingest/fast/SymbolStream.js';
import { type BlockRequest, type BlocksResult, CLAIMED } from './Blocks.type.js';
import { scanFileRange } from './scanFileRange.js';

/**
 * Claims blocks of a plain file from the last one back, at most `limit`, until one is already taken,
 * and reads them apart into one stretch of mergeable per-index state (in whichever thread calls it).
 * Each block read continues with the stretch after it: an index in both is merged, an index only in
 * the stretch is carried over as it is. Line numbers count back from the end of the file (the last
 * line is 0), so a carried-over index never needs renumbering.
 */
export function scanClaimedBlocks(request: BlockRequest, limit = Infinity): BlocksResult {
  let fd: number;
  try {
    fd = openSync(request.path, 'r');
  } catch {
    return { kind: 'notPlain' };
  }
  try {
    const claims = new Int32Array(request.claims);
    const shared = request.progress === null ? null : new Float64Array(request.progress);
    let stretch = new Map<string, SymbolStream<SegmentRecorder>>();
    let lines = 0;
    let bytes = 0;
    let from = request.cuts.length - 1;
    while (from > 0 && request.cuts.length - 1 - from < limit) {
      if (Atomics.compareExchange(claims, from - 1, CLAIMED.free, CLAIMED.last) !== CLAIMED.free) break;
      from--;
      const [start, end] = [request.cuts[from], request.cuts[from + 1]];
      const block = new IndexStreams(request, () => new SegmentRecorder(request.hasHigh));
      const onProgress = shared === null ? undefined : (at: number, n: number) => ((shared[0] = bytes + at - start), (shared[1] = lines + n));
      const blockLines = scanFileRange(fd, request.layout, block, start, end, 0, onProgress);
      lines += blockLines;
      bytes += end - start;
      const merged = block.streams;
      for (const stream of merged.values()) stream.shiftLines(-lines);
      for (const later of stretch.values()) {
        const stream = merged.get(later.symbol);
        if (stream === undefined) merged.set(later.symbol, later);
        else stream.absorb(later.state(), later.fold!.segment(), 0);
      }
      stretch = merged;
    }
    const streams = [...stretch.values()].map((s) => ({ ...s.state(), tracker: s.fold!.segment() }));
    return { kind: 'read', from, lines, streams };
  } catch (error) {
    if (error instanceof NotPlainError) return { kind: 'notPlain' };
    return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    closeSync(fd);
  }
}
