import type { IndexReport, TrackedReport } from '../core/IndexReport.type.js';
import { parseIsoDate } from '../ingest/parseIsoDate.js';
import { findKnownIndex } from './findKnownIndex.js';

/** What the registry adds to an index's report: who it is, and whether the file holds all its history. */
export interface KnownIndexFacts {
  /** Display name (`S&P 500`); `null` for a symbol the registry does not know. */
  readonly name: string | null;
  /** The registry's symbol for it (`SPX` for data named `^GSPC`); `null` when unknown. */
  readonly canonicalSymbol: string | null;
  /** Day number of the first day of its published daily history; `null` when unknown. */
  readonly historyStart: number | null;
  /**
   * Whether the file starts on or before `historyStart`: when `false`, every first close is only the
   * first since the file's first day. `null` when the history's start is unknown.
   */
  readonly historyComplete: boolean | null;
}

/** The registry's facts for the index named `symbol` whose data starts on day `firstDay`. */
export function knownIndexFacts(symbol: string, firstDay: number): KnownIndexFacts {
  const known = findKnownIndex(symbol);
  const historyStart = known?.historyStart == null ? null : parseIsoDate(known.historyStart);
  return {
    name: known?.name ?? null,
    canonicalSymbol: known?.symbol ?? null,
    historyStart,
    historyComplete: historyStart === null ? null : firstDay <= historyStart,
  };
}

/** The tracker's report with the registry's facts, placed right after the symbol (where a JSON reader looks). */
export function withKnownIndex(tracked: TrackedReport): IndexReport {
  const { symbol, ...rest } = tracked;
  return { symbol, ...knownIndexFacts(symbol, tracked.firstDate), ...rest };
}
