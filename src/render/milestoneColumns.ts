import type { IndexReport, MilestoneRow } from '../core/IndexReport.type.js';
import type { Column } from './Column.type.js';
import { predatesNote } from './historyNotes.js';
import { formatCount, formatLevel, formatPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';

/** One milestone row with the index it belongs to: the record behind every milestone output. */
export interface MilestoneLine {
  readonly symbol: string;
  readonly row: MilestoneRow;
}

/** A pending level's counts run to the last session: shown with a `*` in the human formats. */
function count(n: number | null, line: MilestoneLine): string {
  return n === null ? '' : formatCount(n) + (line.row.status === 'pending' ? '*' : '');
}

const symbol: Column<MilestoneLine> = { key: 'symbol', header: 'Symbol', value: (l) => l.symbol };
const level: Column<MilestoneLine> = {
  key: 'level',
  header: 'Level',
  value: (l) => l.row.level,
  display: (l) => formatLevel(l.row.level),
  align: 'right',
};
const status: Column<MilestoneLine> = {
  key: 'status',
  header: 'Status',
  value: (l) => l.row.status,
  display: ({ row }, chalk) =>
    row.status === 'confirmed' ? chalk.green(row.status) : row.status === 'pending' ? chalk.yellow(row.status) : chalk.dim(row.status),
};
const firstTouchDate: Column<MilestoneLine> = { key: 'firstTouchDate', header: 'First\ntouch', value: (l) => isoOrNull(l.row.firstTouchDate), dropOrder: 3 };
const firstTouchHigh: Column<MilestoneLine> = {
  key: 'firstTouchHigh',
  header: 'Touch high',
  value: (l) => l.row.firstTouchHigh,
  display: (l) => (l.row.firstTouchHigh === null ? '' : formatPoints(l.row.firstTouchHigh)),
  align: 'right',
};
const firstCloseDate: Column<MilestoneLine> = { key: 'firstCloseDate', header: 'First\nclose', value: (l) => isoOrNull(l.row.firstCloseDate) };
const firstClose: Column<MilestoneLine> = {
  key: 'firstClose',
  header: 'Close',
  value: (l) => l.row.firstClose,
  display: (l) => (l.row.firstClose === null ? '' : formatPoints(l.row.firstClose)),
  align: 'right',
};
/** A day count: `*`-marked for a pending level, whose count runs to the last session. */
function dayCount(key: 'tradingDays' | 'calendarDays', header: string, mark: (l: MilestoneLine) => string = () => '', dropOrder?: number): Column<MilestoneLine> {
  return { key, header, value: (l) => l.row[key], display: (l) => count(l.row[key], l) + mark(l), align: 'right', dropOrder };
}
/** The footnote mark of a gap with a note (`gapNote`, see `gapFootnotes`). */
export const GAP_NOTE_MARK = '†';
const tradingDays = dayCount('tradingDays', 'Trading\ndays', (l) => (l.row.gapNote ? GAP_NOTE_MARK : ''));
const calendarDays = dayCount('calendarDays', 'Calendar\ndays', undefined, 1);
const touchToCloseSessions: Column<MilestoneLine> = {
  key: 'touchToCloseSessions',
  header: 'Touch to\nclose',
  value: (l) => l.row.touchToCloseSessions,
  display: (l) => (l.row.touchToCloseSessions === null ? '' : formatCount(l.row.touchToCloseSessions)),
  align: 'right',
  dropOrder: 2,
};

/** CSV: every field of `milestones[]`, with the index's symbol first (the order is part of the contract; the display name is in JSON). */
export const MILESTONE_CSV_COLUMNS: readonly Column<MilestoneLine>[] = [
  symbol,
  level,
  status,
  firstTouchDate,
  firstTouchHigh,
  firstCloseDate,
  firstClose,
  tradingDays,
  calendarDays,
  touchToCloseSessions,
];

/** CSV with `--calendar`: the same, and each gap's note last. */
export const MILESTONE_CALENDAR_CSV_COLUMNS: readonly Column<MilestoneLine>[] = [
  ...MILESTONE_CSV_COLUMNS,
  { key: 'gapNote', header: 'Note', value: (l) => l.row.gapNote ?? null },
];

/**
 * Table and markdown, one index at a time: modelled on Dow Jones Market Data's milestone table. A
 * terminal too narrow for it loses the calendar days, then the sessions from touch to close, then the
 * first touch.
 */
export const MILESTONE_TABLE_COLUMNS: readonly Column<MilestoneLine>[] = [
  level,
  firstCloseDate,
  firstClose,
  tradingDays,
  calendarDays,
  firstTouchDate,
  touchToCloseSessions,
  status,
];

/** The milestone rows of one index as lines. */
export function milestoneLines(index: Pick<IndexReport, 'symbol' | 'milestones'>): MilestoneLine[] {
  return index.milestones.map((row) => ({ symbol: index.symbol, row }));
}

/**
 * The footnotes under an index's milestone table (table and markdown): the pending mark's meaning,
 * the calendar the trading days count, and each gap's note.
 */
export function milestoneFootnotes(index: { readonly milestones: readonly MilestoneRow[]; readonly calendar?: string; readonly firstDate: number }): string[] {
  const notes: string[] = [];
  if (index.milestones.some((m) => m.status === 'pending')) {
    notes.push('* pending: counted to the latest trading day, what the gap would be on a close above now');
  }
  if (index.milestones.some((m) => m.status === 'predates')) notes.push(predatesNote(index));
  if (index.calendar !== undefined) notes.push(`Trading days: ${index.calendar.toUpperCase()} sessions (--calendar ${index.calendar}), not rows`);
  for (const m of index.milestones) if (m.gapNote) notes.push(`${GAP_NOTE_MARK} ${formatLevel(m.level)}: ${m.gapNote}`);
  return notes;
}
