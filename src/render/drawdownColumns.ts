import type { DrawdownEpisode } from '../core/MarketContext.type.js';
import type { Column } from './Column.type.js';
import { formatCount, formatPct, formatPoints } from './formatNumbers.js';

/** One `drawdowns` row: an episode of one index. */
export interface DrawdownRow extends DrawdownEpisode {
  readonly symbol: string;
}

const count = (n: number | null): string => (n === null ? '' : formatCount(n));

/** The columns of `milestones drawdowns`. */
export const DRAWDOWN_COLUMNS: readonly Column<DrawdownRow>[] = [
  { key: 'symbol', header: 'Index', value: (r) => r.symbol },
  { key: 'peakDate', header: 'Peak', value: (r) => r.peakDate },
  { key: 'peakClose', header: 'Peak close', value: (r) => r.peakClose, display: (r) => formatPoints(r.peakClose), align: 'right' },
  { key: 'troughDate', header: 'Trough', value: (r) => r.troughDate },
  { key: 'troughClose', header: 'Trough close', value: (r) => r.troughClose, display: (r) => formatPoints(r.troughClose), align: 'right' },
  { key: 'depthPct', header: 'Depth', value: (r) => r.depthPct, display: (r) => formatPct(r.depthPct), align: 'right' },
  {
    key: 'recoveryDate',
    header: 'Recovery',
    value: (r) => r.recoveryDate,
    display: (r, chalk) => r.recoveryDate ?? chalk.yellow('open'),
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
