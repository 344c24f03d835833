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

  /** Continues with the stretch right after this one, recorded apart: as if its sessions were pushed here. */
  absorb(later: TrackerSegment): void {
    if (later.sessions === 0) return;
    const offset = this.rows;
    const ladder = later.ladder;
    // The later stretch's new highs that are new highs here too: a superset of them is in its ladder.
    for (let i = 0; i < ladder.length; i += 4) {
      const reach = ladder[i + 2];
      const close = ladder[i + 3];
      if (reach > this.maxReach || close > this.maxClose) {
        if (reach > this.maxReach) this.maxReach = reach;
        if (close > this.maxClose) this.maxClose = close;
        this.ladder.push(offset + ladder[i], ladder[i + 1], reach, close);
      }
    }
    this.rows = offset + later.sessions;
    this.prevClose = later.sessions > 1 ? later.prevClose : this.lastClose;
    this.lastClose = later.lastClose;
    this.lastDay = later.lastDay;
  }

  get sessions(): number {
    return this.rows;
  }

  segment(): TrackerSegment {
    return { sessions: this.rows, lastDay: this.lastDay, lastClose: this.lastClose, prevClose: this.prevClose, ladder: this.ladder };
  }
}
