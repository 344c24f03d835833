import { closeSync, openSync } from 'node:fs';
import { SegmentRecorder } from '../core/SegmentRecorder.js';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { NotPlainError } from '../ingest/fast/NotPlainError.js';
import { type BlockRead, type BlockRequest, type BlocksResult, CLAIMED } from './Blocks.type.js';
import { scanFileRange } from './scanFileRange.js';

/**
 * Claims blocks of a plain file from the last one back, at most `limit`, until one is already taken,
 * and reads each apart into mergeable per-index state (in whichever thread calls it).
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
    const blocks: BlockRead[] = [];
    let bytesBefore = 0;
    let linesBefore = 0;
    for (let k = request.cuts.length - 2; k >= 0 && blocks.length < limit; k--) {
      if (Atomics.compareExchange(claims, k, CLAIMED.free, CLAIMED.last) !== CLAIMED.free) break;
      const [start, end] = [request.cuts[k], request.cuts[k + 1]];
      const streams = new IndexStreams(request, () => new SegmentRecorder(request.hasHigh));
      const onProgress = shared === null ? undefined : (at: number, lines: number) => ((shared[0] = bytesBefore + at - start), (shared[1] = linesBefore + lines));
      const lines = scanFileRange(fd, request.layout, streams, start, end, 0, onProgress);
      bytesBefore += end - start;
      linesBefore += lines;
      blocks.push({ block: k, lines, streams: [...streams.streams.values()].map((s) => ({ ...s.state(), tracker: s.fold!.segment() })) });
    }
    return { kind: 'read', blocks };
  } catch (error) {
    if (error instanceof NotPlainError) return { kind: 'notPlain' };
    return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    closeSync(fd);
  }
}
