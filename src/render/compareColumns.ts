import type { Distance, IndexReport, TargetReport } from '../core/IndexReport.type.js';
import { indexLabel } from '../registry/indexLabel.js';
import type { CellValue, Column } from './Column.type.js';
import { formatCount, formatLevel, formatPct, formatPoints, formatSignedPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';

/** One `compare` row: an index's report with its market context. */
export type CompareRow = IndexReport;

type Text = (n: number) => string;

/** A number column: exact in CSV/JSON, `text` in the table, right-aligned, empty for `null`. */
function numeric(key: string, header: string, value: (r: CompareRow) => number | null | undefined, text: Text, dropOrder?: number): Column<CompareRow> {
  return {
    key,
    header,
    value: (r) => value(r) ?? null,
    display: (r) => {
      const v = value(r);
      return v === null || v === undefined ? '' : text(v);
    },
    align: 'right',
    dropOrder,
  };
}

function date(key: string, header: string, value: (r: CompareRow) => number | null | undefined, dropOrder?: number): Column<CompareRow> {
  return { key, header, value: (r): CellValue => isoOrNull(value(r) ?? null), dropOrder };
}

/** A date of the target: `never` when it has none, `n/a` when the data cannot say (no high column). */
function targetDate(key: string, header: string, of: (t: TargetReport) => number | null | 'n/a', dropOrder: number): Column<CompareRow> {
  return {
    key,
    header,
    value: (r) => {
      const day = r.target === null ? null : of(r.target);
      return day === 'n/a' ? null : isoOrNull(day);
    },
    display: (r) => {
      if (r.target === null) return '';
      const day = of(r.target);
      return day === 'n/a' ? day : (isoOrNull(day) ?? 'never');
    },
    dropOrder,
  };
}

const range52w: Text = (p) => `${formatPoints(p)}%`;

/**
 * A distance to a level (`nextMilestone`, `target`) as four columns: the level, the close's signed
 * distance in points and percent (negative: below, as everywhere), and the gain that reaches it.
 * `drop`: the drop orders of the level, points, percent and gain columns.
 */
function distanceColumns(
  prefix: 'nextMilestone' | 'target',
  header: string,
  of: (r: CompareRow) => Distance | null,
  drop: readonly (number | undefined)[],
): Column<CompareRow>[] {
  const name = prefix === 'target' ? 'target' : 'next';
  return [
    numeric(prefix, header, (r) => of(r)?.level, formatLevel, drop[0]),
    numeric(`${prefix}Points`, `Points\nvs ${name}`, (r) => of(r)?.points, formatSignedPoints, drop[1]),
    numeric(`${prefix}Pct`, `Percent\nvs ${name}`, (r) => of(r)?.pct, formatPct, drop[2]),
    numeric(`${prefix}GainPct`, `Gain to\n${name}`, (r) => of(r)?.gainPct, formatPct, drop[3]),
  ];
}

const INDEX: Column<CompareRow> = { key: 'symbol', header: 'Index', value: (r) => r.symbol, display: (r) => indexLabel(r.symbol, true) };
const NAME: Column<CompareRow> = { key: 'name', header: 'Name', value: (r) => r.name };
const AS_OF: Column<CompareRow> = { key: 'asOf', header: 'Date', value: (r) => isoFromDayNumber(r.asOf), dropOrder: 12 };
const CLOSE = numeric('close', 'Close', (r) => r.close, formatPoints);

/**
 * The columns of `milestones compare`, left to right, with the order the table leaves them out in
 * when the terminal is too narrow (1 first; the index, close, percent from the record and the level
 * asked about always stay). A date goes before the value it dates, never after it. With targets the target's columns take the next milestone's place.
 * CSV, JSON and NDJSON have every column, targets or not.
 */
function compareColumns(targets: boolean): Column<CompareRow>[] {
  const next = targets ? [20, 17, 18, 15] : [undefined, 24, 25, 19];
  const target = targets ? [undefined, 24, 25, 19] : [20, 17, 18, 15];
  return [
    INDEX,
    AS_OF,
    CLOSE,
    numeric('change', 'Change', (r) => r.change, formatSignedPoints, 13),
    numeric('changePct', 'Day', (r) => r.changePct, formatPct, 23),
    numeric('mtdPct', 'MTD', (r) => r.context?.returns.mtd?.pct, formatPct, 2),
    numeric('ytdPct', 'YTD', (r) => r.context?.returns.ytd?.pct, formatPct, 3),
    numeric('recordClose', 'Record\nclose', (r) => r.recordClose.value, formatPoints, 16),
    date('recordCloseDate', 'Record\ndate', (r) => r.recordClose.date, 14),
    numeric('pctFromRecordClose', 'From\nrecord', (r) => r.pctFromRecordClose, formatPct),
    numeric('recordHigh', 'Record\nhigh', (r) => r.recordHigh?.value, formatPoints, 6),
    date('recordHighDate', 'High\ndate', (r) => r.recordHigh?.date, 5),
    numeric('pctFromRecordHigh', 'From\nhigh', (r) => r.pctFromRecordHigh, formatPct, 4),
    ...distanceColumns('nextMilestone', 'Next\nlevel', (r) => r.nextMilestone, next),
    numeric('lastMilestone', 'Last\nlevel', (r) => r.lastMilestone?.level, formatLevel, 8),
    date('lastMilestoneDate', 'First close\nabove it', (r) => r.lastMilestone?.date, 7),
    numeric('sessionsSinceLastMilestone', 'Sessions since\nlast level', (r) => r.lastMilestone?.sessionsSince, formatCount, targets ? 11 : 21),
    numeric('range52wPositionPct', '52-week\nrange', (r) => r.context?.fiftyTwoWeek?.rangePositionPct, range52w, 1),
    ...distanceColumns('target', 'Target', (r) => r.target, target),
    targetDate('targetFirstTouchDate', 'Target\ntouched', (t) => (t.touched === null ? 'n/a' : t.firstTouchDate), targets ? 21 : 9),
    targetDate('targetFirstCloseDate', 'Target\nclosed', (t) => t.firstCloseDate, targets ? 22 : 10),
  ];
}

/** CSV, JSON and NDJSON: every column, the index's display name after its symbol (the order is part of the contract). */
export const COMPARE_COLUMNS: readonly Column<CompareRow>[] = [INDEX, NAME, ...compareColumns(false).slice(1)];

/**
 * Table and markdown: the target's columns only when some index has a target (and then before the
 * next milestone's in the drop order). The date goes early: the table's caption gives it.
 */
export function compareTableColumns(rows: readonly CompareRow[]): Column<CompareRow>[] {
  const targets = rows.some((r) => r.target !== null);
  return compareColumns(targets).filter((c) => targets || !c.key.startsWith('target'));
}

