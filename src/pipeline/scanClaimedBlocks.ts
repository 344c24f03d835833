import { closeSync, openSync } from 'node:fs';
import { SegmentRecorder } from '../core/SegmentRecorder.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import { type BlockRequest, type BlocksResult, CLAIMED } from './Blocks.type.js';
import { scanFileRange } from './scanFileRange.js';

/**
 * Claims blocks of a plain file from the last one back, at most `limit`, until one is already taken,
 * and reads them apart into one stretch of mergeable per-index state (in whichever thread calls it):
 * each block read continues with the stretch after it, so memory is one state per index.
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
    let stretch: IndexStreams<SegmentRecorder> | null = null;
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
      if (stretch !== null) {
        for (const later of stretch.streams.values()) block.streamOf(later.symbol).absorb(later.state(), later.fold!.segment(), blockLines);
      }
      stretch = block;
      lines += blockLines;
      bytes += end - start;
    }
    const streams = stretch === null ? [] : [...stretch.streams.values()].map((s) => ({ ...s.state(), tracker: s.fold!.segment() }));
    return { kind: 'read', from, lines, streams };
  } catch (error) {
    if (error instanceof NotPlainError) return { kind: 'notPlain' };
    return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    closeSync(fd);
  }
}
