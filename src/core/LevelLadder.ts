import type { LevelPlan } from './MilestoneConfig.type.js';

/**
 * The milestone levels of one index, ascending, by slot: 0, 1, 2... A step plan's levels are the
 * multiples of its step above the first session's close; a list plan's are the listed levels.
 * "Above" is `>` (`>=` with `atOrAbove`), as for milestones.
 *
 * Levels are decimals, as typed: the `k`-th multiple of a step of `p` decimal places is the integer
 * `k × step × 10^p` divided by `10^p`, which is the double nearest the decimal (`--step 0.1` makes
 * 22.2, not `222 × 0.1` = 22.200000000000003). Prices are read the same way, so a level and a price
 * that are the same decimal compare equal.
 */
export class LevelLadder {
  /** Number of levels: `Infinity` for a step plan, the list's length otherwise. */
  readonly size: number;
  /** Step plan: the step; `NaN` for a list plan. */
  private readonly step: number;
  /** Step plan: the step as `units / scale`, `scale` a power of ten (`units` an integer where one exists). */
  private readonly units: number;
  private readonly scale: number;
  /** List plan: the levels; empty for a step plan. */
  private readonly levels: readonly number[];
  /** Step plan: level of slot `k` is `(base + k) × step`. */
  private base = 0;

  constructor(
    plan: LevelPlan,
    private readonly atOrAbove: boolean,
  ) {
    this.step = plan.kind === 'step' ? plan.step : NaN;
    // A step of more than 15 decimal places (1/3 as a double) stays a binary multiple.
    this.scale = plan.kind === 'step' ? (decimalScale(plan.step) ?? 1) : 1;
    this.units = this.scale === 1 ? this.step : Math.round(this.step * this.scale);
    this.levels = plan.kind === 'list' ? plan.levels : [];
    this.size = plan.kind === 'step' ? Infinity : plan.levels.length;
  }

  /** Step plan: fixes the first level, the lowest multiple of the step above the first session's close. List plan: no-op. */
  start(firstClose: number): void {
    if (Number.isNaN(this.step)) return;
    let k = Math.floor(firstClose / this.step) + 1;
    // The quotient's rounding puts the guess at most one off; past 2^53 multiples are not exact anyway.
    if (this.multiple(k - 1) > firstClose) k--;
    else if (this.multiple(k) <= firstClose) k++;
    this.base = k;
  }

  /** Level of slot `slot` (< `size`). */
  levelAt(slot: number): number {
    return Number.isNaN(this.step) ? this.levels[slot] : this.multiple(this.base + slot);
  }

  /** Step plan: the `k`-th multiple of the step, as a decimal (see the class comment). */
  private multiple(k: number): number {
    return (k * this.units) / this.scale;
  }

  /**
   * Whether `value` is above more than `limit` levels, told by arithmetic alone (no loop over levels:
   * a value of 1e308 is above ~10^305 levels of 1,000). Always false for a list plan.
   */
  exceeds(value: number, limit: number): boolean {
    return !Number.isNaN(this.step) && Math.floor(value / this.step) - this.base + 1 > limit;
  }

  /**
   * The lowest level of the plan's grid that `value` is not above: a step plan's multiple of the step
   * (also below the first level), a list plan's listed level; `null` past the list's last.
   */
  nearestAbove(value: number): number | null {
    if (Number.isNaN(this.step)) {
      const slot = this.searchList(value);
      return slot < this.levels.length ? this.levels[slot] : null;
    }
    // The quotient's rounding puts the guess at most one off (as in `start`).
    let k = Math.floor(value / this.step);
    if (k > 0 && !this.isAbove(value, this.multiple(k - 1))) k--;
    else if (this.isAbove(value, this.multiple(k))) k++;
    if (this.isAbove(value, this.multiple(k))) k++;
    return this.multiple(k);
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

/** The power of ten that makes `step` an integer (`0.25` → 100), for steps of up to 15 decimal places; else `null`. */
function decimalScale(step: number): number | null {
  for (let scale = 1; scale <= 1e15; scale *= 10) {
    const units = Math.round(step * scale);
    if (units / scale === step && Number.isSafeInteger(units)) return scale;
  }
  return null;
}
