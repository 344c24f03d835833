import type { HeadRows } from '../ingest/fast/RangeSink.js';
import type { PlainLayout } from '../ingest/fast/PlainLayout.type.js';
import type { ConfigRule } from './chooseConfig.js';

/** What a worker folds: the lines of `[start, end)` of the file `path`. */
export interface RangeJob {
  readonly path: string;
  readonly source: string;
  readonly layout: PlainLayout;
  readonly start: number;
  readonly end: number;
  readonly rule: ConfigRule;
  readonly asOfDay: number | null;
  /** Shared with the main thread for progress: [bytes scanned, lines scanned]. */
  readonly progress: Float64Array;
}

export type RangeResult =
  | { readonly ok: false }
  | {
      readonly ok: true;
      /** Rows of the index the range starts in, to append to the range before. */
      readonly head: HeadRows;
      /** Every later index of the range, in order of appearance, with its report as `packReport` text (`null`: no session). */
      readonly reports: { readonly symbol: string; readonly json: string | null }[];
    };
