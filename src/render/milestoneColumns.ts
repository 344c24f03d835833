import type { IndexReport, MilestoneRow } from '../core/IndexReport.type.js';
import type { Column } from './Column.type.js';
import { formatCount, formatLevel, formatPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';

/** One milestone row with the index it belongs to: the record behind every milestone output. */
export interface MilestoneLine {
  readonly symbol: string;
  /** The index's display name from the registry; `null` for an unknown symbol. */
  readonly name: string | null;
  readonly row: MilestoneRow;
}

/** A pending level's counts run to the last session: shown with a `*` in the human formats. */
function count(n: number | null, line: MilestoneLine): string {
  return n === null ? '' : formatCount(n) + (line.row.status === 'pending' ? '*' : '');
}

const symbol: Column<MilestoneLine> = { key: 'symbol', header: 'Symbol', value: (l) => l.symbol };
const name: Column<MilestoneLine> = { key: 'name', header: 'Name', value: (l) => l.name };
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
const firstTouchDate: Column<MilestoneLine> = { key: 'firstTouchDate', header: 'First touch', value: (l) => isoOrNull(l.row.firstTouchDate) };
const firstTouchHigh: Column<MilestoneLine> = {
  key: 'firstTouchHigh',
  header: 'Touch high',
  value: (l) => l.row.firstTouchHigh,
  display: (l) => (l.row.firstTouchHigh === null ? '' : formatPoints(l.row.firstTouchHigh)),
  align: 'right',
};
const firstCloseDate: Column<MilestoneLine> = { key: 'firstCloseDate', header: 'First close', value: (l) => isoOrNull(l.row.firstCloseDate) };
const firstClose: Column<MilestoneLine> = {
  key: 'firstClose',
  header: 'Close',
  value: (l) => l.row.firstClose,
  display: (l) => (l.row.firstClose === null ? '' : formatPoints(l.row.firstClose)),
  align: 'right',
};
/** A day count: `*`-marked for a pending level, whose count runs to the last session. */
function dayCount(key: 'tradingDays' | 'calendarDays', header: string): Column<MilestoneLine> {
  return { key, header, value: (l) => l.row[key], display: (l) => count(l.row[key], l), align: 'right' };
}
const tradingDays = dayCount('tradingDays', 'Trading days');
const calendarDays = dayCount('calendarDays', 'Calendar days');
const touchToCloseSessions: Column<MilestoneLine> = {
  key: 'touchToCloseSessions',
  header: 'Touch→close',
  value: (l) => l.row.touchToCloseSessions,
  display: (l) => (l.row.touchToCloseSessions === null ? '' : formatCount(l.row.touchToCloseSessions)),
  align: 'right',
};

/** CSV: every field of `milestones[]`, with the index's symbol first and its name last (the order is part of the contract). */
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
  // Added after the first release: last, so a reader of the columns by position is not broken.
  name,
];

/** Table and markdown, one index at a time: modelled on Dow Jones Market Data's milestone table. */
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
export function milestoneLines(index: Pick<IndexReport, 'symbol' | 'name' | 'milestones'>): MilestoneLine[] {
  return index.milestones.map((row) => ({ symbol: index.symbol, name: index.name, row }));
}
