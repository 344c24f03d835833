/**
 * A later stretch of one index's sessions, read apart from the earlier ones (by another thread),
 * reduced to what `MilestoneTracker.absorb` needs to continue the fold exactly: only a session that
 * sets a new high of the stretch's closes or intraday reaches can be a record or cross a level.
 */
export interface TrackerSegment {
  readonly sessions: number;
  readonly lastDay: number;
  readonly lastClose: number;
  /** The close before the last; `NaN` with a single session. */
  readonly prevClose: number;
  /** `[row, day, reach, close]` per session that set a new running high of closes or reaches (row within the stretch). */
  readonly ladder: number[];
}

/** Folds a stretch of sessions, in ascending date order, into a `TrackerSegment`. Memory: the ladder. */
export class SegmentRecorder {
  private rows = 0;
  private lastDay = 0;
  private lastClose = NaN;
  private prevClose = NaN;
  private maxReach = -Infinity;
  private maxClose = -Infinity;
  private readonly ladder: number[] = [];

  constructor(
    /** Whether sessions carry a real intraday high (as `MilestoneTracker`). */
    private readonly hasHigh: boolean,
  ) {}

  /** Adds the next session, as `MilestoneTracker.push`. */
  push(day: number, high: number, close: number): void {
    const row = this.rows++;
    const reach = this.hasHigh && high > close ? high : close;
    this.prevClose = this.lastClose;
    this.lastClose = close;
    this.lastDay = day;
    if (reach > this.maxReach || close > this.maxClose) {
      if (reach > this.maxReach) this.maxReach = reach;
      if (close > this.maxClose) this.maxClose = close;
      this.ladder.push(row, day, reach, close);
    }
  }

  get sessions(): number {
    return this.rows;
  }

  segment(): TrackerSegment {
    return { sessions: this.rows, lastDay: this.lastDay, lastClose: this.lastClose, prevClose: this.prevClose, ladder: this.ladder };
  }
}
