import type { MilestoneHistory } from '../core/MarketContext.type.js';
import type { Column } from './Column.type.js';
import { formatCount, formatLevel } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';

const count = (n: number | null): string => (n === null ? '' : formatCount(n));

/** The per-level history table of `compute --context`. */
export const MILESTONE_HISTORY_COLUMNS: readonly Column<MilestoneHistory>[] = [
  { key: 'level', header: 'Level', value: (r) => r.level, display: (r) => formatLevel(r.level), align: 'right' },
  { key: 'attempts', header: 'Attempts', value: (r) => r.attempts, display: (r) => count(r.attempts), align: 'right' },
  { key: 'upCrossings', header: 'Crossed\nup', value: (r) => r.upCrossings, display: (r) => count(r.upCrossings), align: 'right' },
  { key: 'downCrossings', header: 'Crossed\ndown', value: (r) => r.downCrossings, display: (r) => count(r.downCrossings), align: 'right' },
  { key: 'lastCloseAboveDate', header: 'Last close\nabove', value: (r) => isoOrNull(r.lastCloseAboveDate) },
  { key: 'aboveNow', header: 'Above\nnow', value: (r) => r.aboveNow, display: (r) => (r.aboveNow ? 'yes' : 'no') },
  {
    key: 'gapRank',
    header: 'Gap\nrank',
    value: (r) => r.gapRank,
    display: (r) => (r.gapRank === null ? '' : `${r.gapRank} of ${r.gapsRanked}`),
    align: 'right',
  },
];
