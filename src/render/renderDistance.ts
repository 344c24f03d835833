import { asOfCaption } from './asOfCaption.js';
import { SCHEMA_VERSION } from './ComputeResult.type.js';
import { DISTANCE_COLUMNS, DISTANCE_TABLE_COLUMNS, FILE_START_MARK } from './distanceColumns.js';
import { onlyFirstInFile } from './historyNotes.js';
import { indexLabel } from '../registry/indexLabel.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { noteLines } from './labelledLines.js';
import type { DistanceResult } from './DistanceResult.type.js';
import { PLAIN_CHALK } from './plainChalk.js';
import type { RenderContext } from './RenderContext.type.js';
import { renderNdjson } from './renderNdjson.js';
import { machineCells, machineValues } from './machineNumbers.js';
import { renderRowsCsv, renderRowsMarkdown, renderRowsTable, rowRecord } from './renderRows.js';

export const DISTANCE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'value'] as const;
export type DistanceFormat = (typeof DISTANCE_FORMATS)[number];

/** `* SPX: …` for each index whose first touch or close is marked: on the file's first day, the first in the file only. */
function fileStartNotes(result: DistanceResult): string[] {
  return result.rows
    .filter((r) => onlyFirstInFile(r.firstTouchDate, r) || onlyFirstInFile(r.firstCloseDate, r))
    .map((r) => `${FILE_START_MARK} ${indexLabel(r.symbol, true)}: on the file's first day, ${isoFromDayNumber(r.firstDate)}; it may have come earlier (the file may not hold the index's whole history)`);
}

const records = (result: DistanceResult) => result.rows.map((row) => rowRecord(row, DISTANCE_COLUMNS));

/** Every `distance` format. JSON, NDJSON and CSV share the fields of `DISTANCE_COLUMNS`, exact. */
export const DISTANCE_RENDERERS: Record<DistanceFormat, (result: DistanceResult, ctx: RenderContext) => string> = {
  table: (result, ctx) =>
    `${asOfCaption(result.rows, ctx.width)}${renderRowsTable(result.rows, DISTANCE_TABLE_COLUMNS, ctx)}\n${fileStartNotes(result).map((note) => ctx.chalk.dim(noteLines(note, ctx.width))).join('')}`,
  markdown: (result) => {
    const notes = fileStartNotes(result).map((note) => `\n${note.replace(/^\*/, '\\*')}\n`);
    return `${asOfCaption(result.rows)}\n${renderRowsMarkdown(result.rows, DISTANCE_TABLE_COLUMNS, PLAIN_CHALK)}${notes.join('')}`;
  },
  csv: (result) => renderRowsCsv(result.rows, DISTANCE_COLUMNS),
  ndjson: (result) => renderNdjson(records(result)),
  json: (result) =>
    `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, target: result.target, indexes: records(result), warnings: machineValues(result.warnings) }, null, 2)}\n`,
  // Just the signed percent (4 places, as in JSON), one line per index: for `$(milestones distance ...)`;
  // with several indexes each line starts with its symbol and a tab, so the numbers can be told apart.
  value: (result) => {
    const pct = machineCells('pct');
    const several = result.rows.length > 1;
    return result.rows.map((row) => `${several ? `${row.symbol}\t` : ''}${pct(row.pct)}\n`).join('');
  },
};
