import type { RecentCloses } from './RecentCloses.js';

/** Rows between re-summations of the running window sums, which keep rounding drift away. */
const RESUM_EVERY = 1000;

/**
 * The latest golden cross (the `fast`-session SMA goes above the `slow` one: at or below on the
 * previous row, above on this one) and death cross (at or above, then below) of a stream of closes.
 * Only rows where both averages exist on this and the previous row count. The window sums run, and
 * are re-summed on every row whose index is a multiple of 1,000.
 */
export class MovingAverageCrossFold {
  private fastSum = 0;
  private slowSum = 0;
  /** The sign of fast − slow on the previous row (`NaN` before both exist): 1 above, 0 equal, −1 below. */
  private prevSign = NaN;
  /** Rows until the next re-summation: the next row whose index is a multiple of 1,000. */
  private untilResum: number;
  /** Day numbers of the latest crosses; `NaN` for none. */
  private goldenDay = NaN;
  private deathDay = NaN;

  /** `closes` holds at least `slow + 1` closes; the caller pushes each close there before `push`. */
  constructor(
    private readonly closes: RecentCloses,
    private readonly fast: number,
    private readonly slow: number,
  ) {
    if (closes.capacity <= slow || fast > slow) throw new Error('MovingAverageCrossFold: bad windows');
    this.untilResum = slow - 1; // the windows are first summed on row slow − 1
  }

  /** Adds the session of day `day`, whose close is the latest in `closes`. */
  push(day: number): void {
    const { closes, fast, slow } = this;
    if (this.untilResum-- > 0) {
      if (closes.count <= slow) return; // warming up: no averages yet
      const close = closes.ago(0);
      this.fastSum += close - closes.ago(fast);
      this.slowSum += close - closes.ago(slow);
    } else {
      this.resum();
    }
    let slowAverage = this.slowSum / slow;
    let diff = this.fastSum / fast - slowAverage;
    // Equal averages come out of float sums a few units in the last place apart (12.9266 both on the VIX's
    // 2005-12-19), and running sums carry the rounding of every close they have held: near equality the
    // windows are summed afresh, and averages within 1e-12 of their size are equal. Averages of decimal
    // prices that differ, differ by far more.
    if (Math.abs(diff) <= 1e-6 * Math.abs(slowAverage)) {
      slowAverage = closes.sumOfLatest(slow) / slow;
      diff = closes.sumOfLatest(fast) / fast - slowAverage;
    }
    const sign = Math.abs(diff) <= 1e-12 * Math.abs(slowAverage) ? 0 : Math.sign(diff);
    if (this.prevSign <= 0 && sign > 0) this.goldenDay = day;
    if (this.prevSign >= 0 && sign < 0) this.deathDay = day;
    this.prevSign = sign;
  }

  private resum(): void {
    this.fastSum = this.closes.sumOfLatest(this.fast);
    this.slowSum = this.closes.sumOfLatest(this.slow);
    const row = this.closes.count - 1;
    this.untilResum = RESUM_EVERY - 1 - (row % RESUM_EVERY);
  }

  result(): { goldenCrossDate: number | null; deathCrossDate: number | null } {
    return {
      goldenCrossDate: Number.isNaN(this.goldenDay) ? null : this.goldenDay,
      deathCrossDate: Number.isNaN(this.deathDay) ? null : this.deathDay,
    };
  }
}
