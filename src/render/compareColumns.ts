import type { IndexReport } from '../core/IndexReport.type.js';
import { indexLabel } from '../registry/indexLabel.js';
import type { Column } from './Column.type.js';
import { formatLevel, formatPct, formatPoints } from './formatNumbers.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';

/** One `compare` row: an index's report with its market context. */
export type CompareRow = IndexReport;

const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '' : formatPct(value));

/** The columns of `milestones compare`: the table a market wrap is written from. */
export const COMPARE_COLUMNS: readonly Column<CompareRow>[] = [
  { key: 'symbol', header: 'Index', value: (r) => r.symbol, display: (r) => indexLabel(r.symbol, true) },
  { key: 'date', header: 'Date', value: (r) => isoFromDayNumber(r.asOf) },
  { key: 'close', header: 'Close', value: (r) => r.close, display: (r) => formatPoints(r.close), align: 'right' },
  { key: 'changePct', header: 'Day', value: (r) => r.changePct, display: (r) => pct(r.changePct), align: 'right' },
  {
    key: 'mtdPct',
    header: 'MTD',
    value: (r) => r.context?.returns.mtd?.pct ?? null,
    display: (r) => pct(r.context?.returns.mtd?.pct),
    align: 'right',
  },
  {
    key: 'ytdPct',
    header: 'YTD',
    value: (r) => r.context?.returns.ytd?.pct ?? null,
    display: (r) => pct(r.context?.returns.ytd?.pct),
    align: 'right',
  },
  {
    key: 'pctFromRecordClose',
    header: 'From record',
    value: (r) => r.pctFromRecordClose,
    display: (r) => pct(r.pctFromRecordClose),
    align: 'right',
  },
  { key: 'recordCloseDate', header: 'Record close', value: (r) => isoFromDayNumber(r.recordClose.date) },
  {
    key: 'nextMilestone',
    header: 'Next milestone',
    value: (r) => r.nextMilestone?.level ?? null,
    display: (r) => (r.nextMilestone ? formatLevel(r.nextMilestone.level) : ''),
    align: 'right',
  },
  {
    key: 'pointsToNextMilestone',
    header: 'Points to go',
    value: (r) => (r.nextMilestone ? -r.nextMilestone.points : null),
    display: (r) => (r.nextMilestone ? formatPoints(-r.nextMilestone.points) : ''),
    align: 'right',
  },
  {
    key: 'gainToNextMilestonePct',
    header: 'Gain needed',
    value: (r) => r.nextMilestone?.gainPct ?? null,
    display: (r) => pct(r.nextMilestone?.gainPct),
    align: 'right',
  },
  {
    key: 'range52wPositionPct',
    header: '52-wk range',
    value: (r) => r.context?.fiftyTwoWeek?.rangePositionPct ?? null,
    display: (r) => {
      const p = r.context?.fiftyTwoWeek?.rangePositionPct;
      return p === null || p === undefined ? '' : `${formatPoints(p)}%`;
    },
    align: 'right',
  },
];
