import type { DrawdownEpisode } from '../core/MarketContext.type.js';
import { indexLabel } from '../registry/indexLabel.js';
import type { Column } from './Column.type.js';
import { formatCount, formatPct, formatPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';

/** One `drawdowns` row: an episode of one index. */
export interface DrawdownRow extends DrawdownEpisode {
  readonly symbol: string;
  /** Display name from the index registry; `null` for an unknown symbol. */
  readonly name: string | null;
}

const count = (n: number | null): string => (n === null ? '' : formatCount(n));

/**
 * The columns of `milestones drawdowns`. A terminal too narrow for them loses the sessions from trough
 * to recovery, then from peak to trough, then the peak and trough closes (the depth stays).
 */
export const DRAWDOWN_COLUMNS: readonly Column<DrawdownRow>[] = [
  { key: 'symbol', header: 'Index', value: (r) => r.symbol, display: (r) => indexLabel(r.symbol, true) },
  { key: 'peakDate', header: 'Peak', value: (r) => isoFromDayNumber(r.peakDate) },
  { key: 'peakClose', header: 'Peak\nclose', value: (r) => r.peakClose, display: (r) => formatPoints(r.peakClose), align: 'right', dropOrder: 3 },
  { key: 'troughDate', header: 'Trough', value: (r) => isoFromDayNumber(r.troughDate) },
  { key: 'troughClose', header: 'Trough\nclose', value: (r) => r.troughClose, display: (r) => formatPoints(r.troughClose), align: 'right', dropOrder: 4 },
  { key: 'depthPct', header: 'Depth', value: (r) => r.depthPct, display: (r) => formatPct(r.depthPct), align: 'right' },
  {
    key: 'recoveryDate',
    header: 'Recovery',
    value: (r) => isoOrNull(r.recoveryDate),
    display: (r, chalk) => isoOrNull(r.recoveryDate) ?? chalk.yellow('open'),
  },
  {
    key: 'sessionsPeakToTrough',
    header: 'Peak to\ntrough',
    value: (r) => r.sessionsPeakToTrough,
    display: (r) => count(r.sessionsPeakToTrough),
    align: 'right',
    dropOrder: 2,
  },
  {
    key: 'sessionsTroughToRecovery',
    header: 'Trough to\nrecovery',
    value: (r) => r.sessionsTroughToRecovery,
    display: (r) => (r.sessionsTroughToRecovery === null ? 'open' : count(r.sessionsTroughToRecovery)),
    align: 'right',
    dropOrder: 1,
  },
  { key: 'label', header: 'Label', value: (r) => r.label },
];

/** CSV, JSON and NDJSON: the same, with the index's display name after its symbol. */
export const DRAWDOWN_MACHINE_COLUMNS: readonly Column<DrawdownRow>[] = [
  DRAWDOWN_COLUMNS[0],
  { key: 'name', header: 'Name', value: (r) => r.name },
  ...DRAWDOWN_COLUMNS.slice(1),
];
