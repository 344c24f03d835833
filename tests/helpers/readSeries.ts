import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import type { InputWarning } from '../../src/errors.js';
import { type ReadOptions, RowReader } from '../../src/ingest/RowReader.js';
import { RowsOutOfOrder } from '../../src/ingest/IndexStream.js';
import { IndexFold } from '../../src/pipeline/IndexFold.js';

const NO_LEVELS = { plan: { kind: 'list', levels: [] }, atOrAbove: false, inclusive: false, target: null } as const;

/**
 * The series a CSV text holds, read by the product's one reader (`RowReader`, in chunks of
 * `chunkBytes`) into folds that keep every session: what a test needs to look at the rows. `lines`
 * are not kept (zeros) and there is no `open` column.
 */
export function readSeries(text: string, source: string, options: ReadOptions = {}, chunkBytes = 1 << 16): { series: PriceSeries[]; warnings: InputWarning[] } {
  const bytes = Buffer.from(text, 'utf8');
  const read = (hold: boolean) => {
    const reader = new RowReader(source, options, { asOfDay: null, foldFor: () => new IndexFold(NO_LEVELS, { window: { fromDay: null } }) }, hold);
    for (let at = 0; at < bytes.length; at += chunkBytes) reader.push(bytes.subarray(at, at + chunkBytes));
    return reader.finish();
  };
  let file;
  try {
    file = read(false);
  } catch (error) {
    if (!(error instanceof RowsOutOfOrder)) throw error;
    file = read(true);
  }
  return { series: file.indexes.map((s) => s.fold.window!.series(s.symbol, source)), warnings: file.warnings };
}
