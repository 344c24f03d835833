import type { InputWarning } from '../errors.js';
import { symbolFromPath } from '../ingest/symbolFromPath.js';
import type { InputFile } from '../pipeline/readIndexes.js';
import { findKnownIndex } from '../registry/findKnownIndex.js';
import { isSymbolLike } from '../registry/isSymbolLike.js';

/**
 * A warning for each file whose index is named after a file name that is no symbol
 * (`HistoricalData_1769644800000.csv`, a Nasdaq.com download): its rows are reported under the
 * stem, and only `--symbol` can say which index it is. None with `--symbol`, for standard input, or
 * for an index named by a symbol column.
 */
export function fileNameWarnings(
  inputs: readonly InputFile[],
  indexes: readonly { readonly symbol: string; readonly source: string }[],
  symbolOption: string | undefined,
): InputWarning[] {
  if (symbolOption !== undefined) return [];
  return inputs
    .filter(({ label }) => {
      if (label === '-') return false;
      const stem = symbolFromPath(label);
      if (isSymbolLike(stem) || findKnownIndex(stem) !== null) return false;
      return indexes.some((index) => index.source === label && index.symbol === stem);
    })
    .map(({ label }) => ({ kind: 'fileNameNotSymbol', source: label, line: null, count: 1, rows: [], message: 'cannot tell the index from the file name; pass --symbol' }));
}
