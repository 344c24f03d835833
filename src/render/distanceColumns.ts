import type { Column } from './Column.type.js';
import { indexLabel } from '../registry/indexLabel.js';
import type { DistanceRow } from './DistanceResult.type.js';
import { formatLevel, formatPct, formatPoints, formatSignedPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';
import { onlyFirstInFile } from './historyNotes.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';

const symbol: Column<DistanceRow> = { key: 'symbol', header: 'Index', value: (r) => r.symbol, display: (r) => indexLabel(r.symbol, true) };
const name: Column<DistanceRow> = { key: 'name', header: 'Name', value: (r) => r.name };
const source: Column<DistanceRow> = { key: 'source', header: 'Source', value: (r) => r.source };
/** Early in the drop order: the table's caption gives the date (`asOfCaption`). */
const asOf: Column<DistanceRow> = { key: 'asOf', header: 'Date', value: (r) => isoFromDayNumber(r.asOf), dropOrder: 1 };
/** The mark of a first touch or close on the file's first day, when the index's history may start earlier. */
export const FILE_START_MARK = '*';

function firstDateText(r: DistanceRow, day: number | null): string | null {
  const iso = isoOrNull(day);
  return iso === null ? null : iso + (onlyFirstInFile(day, r) ? FILE_START_MARK : '');
}

/** A number right-aligned in the human formats, through `format`. */
function numeric(key: 'close' | 'level' | 'points', header: string, format: (n: number) => string): Column<DistanceRow> {
  return { key, header, value: (r) => r[key], display: (r) => format(r[key]), align: 'right' };
}
const close = numeric('close', 'Close', formatPoints);
const level = numeric('level', 'Target', formatLevel);
const points = numeric('points', 'Points', formatSignedPoints);
const pct: Column<DistanceRow> = {
  key: 'pct',
  header: 'Percent',
  value: (r) => r.pct,
  display: (r, chalk) => (r.pct < 0 ? chalk.red : chalk.green)(formatPct(r.pct)),
  align: 'right',
};
const gainPct: Column<DistanceRow> = {
  key: 'gainPct',
  header: 'Gain\nneeded',
  value: (r) => r.gainPct,
  display: (r) => (r.gainPct > 0 ? formatPct(r.gainPct) : ''),
  align: 'right',
  dropOrder: 2,
};
const touched: Column<DistanceRow> = { key: 'touched', header: 'Touched', value: (r) => r.touched };
const firstTouchDate: Column<DistanceRow> = {
  key: 'firstTouchDate',
  header: 'First\ntouch',
  value: (r) => isoOrNull(r.firstTouchDate),
  display: (r, chalk) => (r.touched === null ? chalk.dim('n/a') : (firstDateText(r, r.firstTouchDate) ?? 'never')),
  dropOrder: 3,
};
const closedAbove: Column<DistanceRow> = { key: 'closedAbove', header: 'Closed above', value: (r) => r.closedAbove };
const firstCloseDate: Column<DistanceRow> = {
  key: 'firstCloseDate',
  header: 'First close\nabove',
  value: (r) => isoOrNull(r.firstCloseDate),
  display: (r) => firstDateText(r, r.firstCloseDate) ?? 'never',
};

/** JSON, NDJSON and CSV: every field, in this order (part of the contract). */
export const DISTANCE_COLUMNS: readonly Column<DistanceRow>[] = [
  symbol,
  name,
  source,
  asOf,
  close,
  level,
  points,
  pct,
  gainPct,
  touched,
  firstTouchDate,
  closedAbove,
  firstCloseDate,
];

/** Table and markdown: the dates say whether it was touched / closed above. At 80 columns the table leaves out the date (the caption has it), the gain needed and the first touch, in that order. */
export const DISTANCE_TABLE_COLUMNS: readonly Column<DistanceRow>[] = [
  symbol,
  asOf,
  close,
  level,
  points,
  pct,
  gainPct,
  firstTouchDate,
  firstCloseDate,
];
