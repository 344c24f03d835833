import type { CurrentDrawdown, DrawdownEpisode, DrawdownLabel } from './MarketContext.type.js';

/**
 * Falls from the record close of a stream of closes (index points, > 0), as drawdown episodes.
 *
 * An episode starts at the first close below the running record close; its peak is the last session
 * at that record before the fall. It ends (recovers) on the first close at or above the peak close;
 * that session starts the search for the next peak. The trough is the first session at the lowest
 * close in between. An episode still open at the last session is reported with `recoveryDate: null`,
 * its trough being the lowest close so far (the bug users hit elsewhere: open drawdowns dropped or
 * mis-dated). The open episode is also the index's current drawdown.
 *
 * Memory: the episodes at least `minDepthPct` deep (10 = 10%) that have recovered; `Infinity` keeps
 * none, for a caller that wants only the current drawdown.
 */
export class DrawdownFold {
  /** Ratios trough ÷ peak at or below this are deep enough: compare ratios, not rounded percentages,
   * so that a fall from 100 to 80 is exactly a bear market. */
  private readonly maxRatio: number;
  private readonly closed: DrawdownEpisode[] = [];
  private rows = 0;
  private lastClose = NaN;
  private peakRow = 0;
  private peakDay = 0;
  /** −Infinity before the first session. */
  private peakClose = -Infinity;
  /** −1 and +Infinity: not in a drawdown. */
  private troughRow = -1;
  private troughDay = 0;
  private troughClose = Infinity;

  constructor(minDepthPct: number) {
    this.maxRatio = 1 - minDepthPct / 100;
  }

  push(day: number, close: number): void {
    const row = this.rows++;
    this.lastClose = close;
    if (close >= this.peakClose) this.peakAt(row, day, close);
    else if (close < this.troughClose) this.troughAt(row, day, close);
  }

  /** A close at or above the peak: it recovers the open episode, if any, and is the new peak. */
  private peakAt(row: number, day: number, close: number): void {
    const recovered = this.troughRow >= 0 ? this.episode(row, day) : null;
    if (recovered !== null) this.closed.push(recovered);
    this.troughRow = -1;
    this.troughClose = Infinity;
    this.peakRow = row;
    this.peakDay = day;
    this.peakClose = close;
  }

  private troughAt(row: number, day: number, close: number): void {
    this.troughRow = row;
    this.troughDay = day;
    this.troughClose = close;
  }

  /** The recovered episodes deep enough, oldest first, then the open one if it is deep enough. */
  episodes(): DrawdownEpisode[] {
    const open = this.troughRow >= 0 ? this.episode(-1, 0) : null;
    return open === null ? [...this.closed] : [...this.closed, open];
  }

  /** The open fall at the last session, whatever its depth; `null` when the last close is the record. */
  currentDrawdown(): CurrentDrawdown | null {
    if (this.troughRow < 0) return null;
    const { peakClose, troughClose, lastClose } = this;
    return {
      peakDate: this.peakDay,
      peakClose,
      troughDate: this.troughDay,
      troughClose,
      maxDepthPct: (troughClose / peakClose - 1) * 100,
      depthPct: (lastClose / peakClose - 1) * 100,
      sessions: this.rows - 1 - this.peakRow,
      gainToRecordPct: (peakClose / lastClose - 1) * 100,
    };
  }

  /** The current episode, recovered on `recoveryRow` (day `recoveryDay`) or open (−1); `null` when too shallow. */
  private episode(recoveryRow: number, recoveryDay: number): DrawdownEpisode | null {
    const ratio = this.troughClose / this.peakClose;
    if (ratio > this.maxRatio) return null;
    const open = recoveryRow < 0;
    return {
      peakDate: this.peakDay,
      peakClose: this.peakClose,
      troughDate: this.troughDay,
      troughClose: this.troughClose,
      depthPct: (ratio - 1) * 100,
      recoveryDate: open ? null : recoveryDay,
      sessionsPeakToTrough: this.troughRow - this.peakRow,
      sessionsTroughToRecovery: open ? null : recoveryRow - this.troughRow,
      label: labelFor(ratio),
    };
  }
}

function labelFor(ratio: number): DrawdownLabel {
  if (ratio <= 0.8) return 'bear market';
  if (ratio <= 0.9) return 'correction';
  return 'decline';
}
