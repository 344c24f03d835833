import type { DrawdownEpisode } from '../core/MarketContext.type.js';
import { indexLabel } from '../registry/indexLabel.js';
import type { Column } from './Column.type.js';
import { formatCount, formatPct, formatPoints } from './formatNumbers.js';
import { isoOrNull } from './isoDates.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';

/** One `drawdowns` row: an episode of one index. */
export interface DrawdownRow extends DrawdownEpisode {
  readonly symbol: string;
}

const count = (n: number | null): string => (n === null ? '' : formatCount(n));

/** The columns of `milestones drawdowns`. */
export const DRAWDOWN_COLUMNS: readonly Column<DrawdownRow>[] = [
  { key: 'symbol', header: 'Index', value: (r) => r.symbol, display: (r) => indexLabel(r.symbol, true) },
  { key: 'peakDate', header: 'Peak', value: (r) => isoFromDayNumber(r.peakDate) },
  { key: 'peakClose', header: 'Peak close', value: (r) => r.peakClose, display: (r) => formatPoints(r.peakClose), align: 'right' },
  { key: 'troughDate', header: 'Trough', value: (r) => isoFromDayNumber(r.troughDate) },
  { key: 'troughClose', header: 'Trough close', value: (r) => r.troughClose, display: (r) => formatPoints(r.troughClose), align: 'right' },
  { key: 'depthPct', header: 'Depth', value: (r) => r.depthPct, display: (r) => formatPct(r.depthPct), align: 'right' },
  {
    key: 'recoveryDate',
    header: 'Recovery',
    value: (r) => isoOrNull(r.recoveryDate),
    display: (r, chalk) => isoOrNull(r.recoveryDate) ?? chalk.yellow('open'),
  },
  {
    key: 'sessionsPeakToTrough',
    header: 'Peak→trough',
    value: (r) => r.sessionsPeakToTrough,
    display: (r) => count(r.sessionsPeakToTrough),
    align: 'right',
  },
  {
    key: 'sessionsTroughToRecovery',
    header: 'Trough→recovery',
    value: (r) => r.sessionsTroughToRecovery,
    display: (r) => (r.sessionsTroughToRecovery === null ? 'open' : count(r.sessionsTroughToRecovery)),
    align: 'right',
  },
  { key: 'label', header: 'Label', value: (r) => r.label },
];
