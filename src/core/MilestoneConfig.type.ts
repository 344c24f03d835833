import type { SessionCalendar } from '../calendar/SessionCalendar.js';

/** Which levels count as milestones for one index. */
export type LevelPlan =
  /** Every multiple of `step` above the first session's close, up to the record high. */
  | { readonly kind: 'step'; readonly step: number }
  /** Exactly these levels, ascending. */
  | { readonly kind: 'list'; readonly levels: readonly number[] };

export interface MilestoneConfig {
  readonly plan: LevelPlan;
  /** Count a close (or high) equal to the level as above it: `>=` instead of `>`. */
  readonly atOrAbove: boolean;
  /** Count both ends of a gap: trading days = row difference + 1. */
  readonly inclusive: boolean;
  /** Level to measure the distance to (`--target`), or `null`. */
  readonly target: number | null;
  /**
   * `--calendar`: count trading days as the exchange's sessions between two dates, not rows; absent
   * or `null`: rows (the default).
   */
  readonly calendar?: SessionCalendar | null;
}
