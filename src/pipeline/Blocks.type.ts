import type { TrackerSegment } from '../core/SegmentRecorder.js';
import type { PlainLayout } from '../ingest/fast/PlainLayout.type.js';
import type { StreamState } from '../ingest/fast/SymbolStream.js';

/**
 * A plain file cut into blocks (`cuts[k]` to `cuts[k + 1]`, each a line start) for a second thread:
 * this thread claims blocks from the first on, the other from the last back, each block once
 * (`claims`, an `Int32Array` over it: 0 free, else who took it), until they meet.
 */
export interface BlockRequest {
  readonly path: string;
  readonly source: string;
  readonly layout: PlainLayout;
  readonly cuts: readonly number[];
  readonly claims: SharedArrayBuffer;
  readonly fixedSymbol: string;
  readonly hasSymbol: boolean;
  readonly hasHigh: boolean;
  readonly asOfDay: number | null;
  /** Shared `[bytes read, lines read]` (a `Float64Array` over it) for the progress line, or `null`. */
  readonly progress: SharedArrayBuffer | null;
}

/** One index's rows in the blocks read apart, for the stream of the rows before them. */
export type BlockStream = StreamState & { readonly tracker: TrackerSegment };

/** What the other thread gives: the blocks `[from, end)` it read, as one stretch, or why it stopped. */
export type BlocksResult =
  | {
      readonly kind: 'read';
      readonly from: number;
      readonly lines: number;
      /** Its indexes in order of first appearance, line numbers counting back from the file's last line (0). */
      readonly streams: readonly BlockStream[];
    }
  /** A block that is not plain: the whole file goes to the general path. */
  | { readonly kind: 'notPlain' }
  | { readonly kind: 'failed'; readonly message: string };

/** Blocks being read: the result, and a way to stop when it is no longer wanted. */
export interface BlocksJob {
  readonly result: Promise<BlocksResult>;
  cancel(): void;
}

/** Claim marks in `BlockRequest.claims`. */
export const CLAIMED = { free: 0, first: 1, last: 2 } as const;
