import type { LevelPlan } from './MilestoneConfig.type.js';

/**
 * The milestone levels of one index, ascending, by slot: 0, 1, 2... A step plan's levels are the
 * multiples of its step above the first session's close; a list plan's are the listed levels.
 * "Above" is `>` (`>=` with `atOrAbove`), as for milestones.
 */
export class LevelLadder {
  /** Number of levels: `Infinity` for a step plan, the list's length otherwise. */
  readonly size: number;
  /** Step plan: the step; `NaN` for a list plan. */
  private readonly step: number;
  /** List plan: the levels; empty for a step plan. */
  private readonly levels: readonly number[];
  /** Step plan: level of slot `k` is `(base + k) × step`. */
  private base = 0;

  constructor(
    plan: LevelPlan,
    private readonly atOrAbove: boolean,
  ) {
    this.step = plan.kind === 'step' ? plan.step : NaN;
    this.levels = plan.kind === 'list' ? plan.levels : [];
    this.size = plan.kind === 'step' ? Infinity : plan.levels.length;
  }

  /** Step plan: fixes the first level from the first session's close. List plan: no-op. */
  start(firstClose: number): void {
    if (!Number.isNaN(this.step)) this.base = Math.floor(firstClose / this.step) + 1;
  }

  /** Level of slot `slot` (< `size`). */
  levelAt(slot: number): number {
    return Number.isNaN(this.step) ? this.levels[slot] : (this.base + slot) * this.step;
  }

  /**
   * Whether `value` is above more than `limit` levels, told by arithmetic alone (no loop over levels:
   * a value of 1e308 is above ~10^305 levels of 1,000). Always false for a list plan.
   */
  exceeds(value: number, limit: number): boolean {
    return !Number.isNaN(this.step) && Math.floor(value / this.step) - this.base + 1 > limit;
  }

  /** Whether `value` counts as above `level`. */
  isAbove(value: number, level: number): boolean {
    return this.atOrAbove ? value >= level : value > level;
  }

  /**
   * How many levels `value` is above: they are slots `0 .. n − 1`. 0 for `NaN`; `value` is otherwise
   * finite. Exactly what comparing `value` with `levelAt(k)` for every `k` gives.
   */
  countBelow(value: number): number {
    return Number.isNaN(this.step) ? this.searchList(value) : this.countSteps(value);
  }

  /** Step plan: the arithmetic guess, corrected against `levelAt` (rounding can put it one off). */
  private countSteps(value: number): number {
    let n = Math.floor(value / this.step) - this.base + 1;
    if (!(n > 0)) n = 0; // also NaN
    while (n > 0 && !this.isAbove(value, this.levelAt(n - 1))) n--;
    while (this.isAbove(value, this.levelAt(n))) n++;
    return n;
  }

  /** List plan: binary search for the first level `value` is not above. */
  private searchList(value: number): number {
    const levels = this.levels;
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.isAbove(value, levels[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
