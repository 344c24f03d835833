import type { IndexReport } from '../core/IndexReport.type.js';
import { csvHeader, csvLines } from './csvLines.js';
import { jsonDocument } from './jsonDocument.js';
import { jsonPieces } from './jsonPieces.js';
import { machineConverter } from './machineNumbers.js';
import { MILESTONE_CALENDAR_CSV_COLUMNS, MILESTONE_CSV_COLUMNS, milestoneLines } from './milestoneColumns.js';
import type { RenderContext } from './RenderContext.type.js';
import type { Counting } from './renderLede.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

export type ComputeFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'markdown' | 'lede';

/**
 * `compute`'s output in `format`, index by index (`counting`: how the run counted, for the CSV's gap
 * notes with `--calendar` and the lede's words). The human formats load when used: start-up time
 * matters to scripts that call the tool in a loop.
 */
export async function computeRenderer(format: ComputeFormat, ctx: RenderContext, counting: Counting & { readonly calendar?: boolean } = {}): Promise<StreamRenderer<IndexReport>> {
  switch (format) {
    case 'csv': {
      // One line per milestone, the index's symbol first; the header even for no rows. `--calendar` adds each gap's note.
      const columns = counting.calendar ? MILESTONE_CALENDAR_CSV_COLUMNS : MILESTONE_CSV_COLUMNS;
      return { head: () => csvHeader(columns), item: (index) => inBatches(milestoneLines(index), (rows) => csvLines(rows, columns)), tail: () => '' };
    }
    case 'json':
      // The public document (schema/compute.schema.json): ISO dates, numbers as `machineNumber` writes them, null when absent.
      return jsonDocument<IndexReport>('indexes');
    case 'ndjson':
      // One `indexes[]` object of the JSON document per line; warnings go to stderr only.
      return { head: () => '', item: function* (index) {
          yield* jsonPieces(index, '', '', machineConverter(index));
          yield '\n';
        }, tail: () => '' };
    case 'markdown':
      return (await import('./renderComputeMarkdown.js')).markdownRenderer();
    case 'table':
      return (await import('./renderTable.js')).tableRenderer(ctx);
    case 'lede':
      // A paragraph per index in news style, from the same report as the table.
      return (await import('./renderLede.js')).ledeRenderer(counting);
  }
}

/** `render` of `rows` a thousand at a time. */
function* inBatches<R>(rows: readonly R[], render: (batch: readonly R[]) => string): Generator<string> {
  for (let at = 0; at < rows.length; at += 1000) yield render(rows.slice(at, at + 1000));
}
