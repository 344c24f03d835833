import type { Intraday } from './Intraday.type.js';
import type { MilestoneRow } from './IndexReport.type.js';
import type { LevelLadder } from './LevelLadder.js';
import type { MilestoneHistory } from './MarketContext.type.js';
import { rankGaps } from './rankGaps.js';

/**
 * What a stream of sessions says about each level of a ladder (slot `k` is `ladder.levelAt(k)`):
 * - attempts: sessions whose high went above the level but whose close did not (`null` without highs);
 * - up-crossings: closes above the level after a close at or below it on the previous row; down: the reverse;
 * - the last session that closed above it, and whether the last close is above it.
 *
 * A session affects a contiguous run of slots (those between its previous close and its close, or
 * between its close and its high), counted with difference arrays. The last close above each level
 * comes from the stack of sessions whose close is above more levels than any later close: a session
 * costs O(1) amortized, and memory grows with the levels reached, not the sessions. Most sessions
 * close between the same two levels as the one before and reach no level above: two comparisons.
 */
export class LevelHistoryFold {
  /** Difference arrays over slots: entry `k` adds to slots `k` and up. */
  private attempts: Int32Array = new Int32Array(16);
  private ups: Int32Array = new Int32Array(16);
  private downs: Int32Array = new Int32Array(16);
  /** Levels the latest close is above; −1 before the first session. */
  private count = -1;
  /** The levels around the latest close: slot `count − 1` (−Infinity for none) and `count` (+Infinity for none). */
  private floor = -Infinity;
  private ceiling = Infinity;
  /** Stack of (levels closed above, day), counts strictly decreasing from the bottom: the latest
   * session closing above slot `k` is the topmost entry whose count exceeds `k`. */
  private stackCounts: Int32Array = new Int32Array(16);
  private stackDays: Int32Array = new Int32Array(16);
  private stackTop = -1;

  /** The ladder is started with the first close before the first `push`. */
  constructor(
    private readonly ladder: LevelLadder,
    private readonly intraday: Intraday,
  ) {}

  /** Adds a session; `high` is `NaN` when it has none. */
  push(day: number, high: number, close: number): void {
    const ladder = this.ladder;
    if (this.count < 0 || !ladder.isAbove(close, this.floor) || ladder.isAbove(close, this.ceiling)) this.move(close);
    if (high > close && ladder.isAbove(high, this.ceiling)) this.attempt(high);
    // The latest session closing above `count` levels is this one.
    if (this.count > 0) this.stackDays[this.stackTop] = day;
  }

  /** The close is above another number of levels than the previous close: crossings. */
  private move(close: number): void {
    const ladder = this.ladder;
    const count = ladder.countBelow(close);
    if (count >= this.attempts.length) this.grow(count);
    const prev = this.count;
    if (prev >= 0 && count > prev) {
      this.ups[prev]++;
      this.ups[count]--;
    } else if (prev >= 0 && count < prev) {
      this.downs[count]++;
      this.downs[prev]--;
    }
    this.count = count;
    this.floor = count > 0 ? ladder.levelAt(count - 1) : -Infinity;
    this.ceiling = count < ladder.size ? ladder.levelAt(count) : Infinity;
    let top = this.stackTop;
    while (top >= 0 && this.stackCounts[top] <= count) top--;
    if (count > 0) this.stackCounts[++top] = count;
    this.stackTop = top;
  }

  /** The high reached levels the close did not. */
  private attempt(high: number): void {
    const reach = this.ladder.countBelow(high);
    if (reach >= this.attempts.length) this.grow(reach);
    this.attempts[this.count]++;
    this.attempts[reach]--;
  }

  /** Room for slots `0..slot`: the stack never holds more entries than there are slots. */
  private grow(slot: number): void {
    const size = Math.max(slot + 1, this.attempts.length * 2);
    const bigger = (from: Int32Array): Int32Array => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.attempts = bigger(this.attempts);
    this.ups = bigger(this.ups);
    this.downs = bigger(this.downs);
    this.stackCounts = bigger(this.stackCounts);
    this.stackDays = bigger(this.stackDays);
  }

  /**
   * The history of each of the report's `milestones`, whose levels are the ladder's slots 0, 1, 2...
   * in order, with the rank of its gap. Requires at least one session.
   */
  result(milestones: readonly MilestoneRow[]): MilestoneHistory[] {
    const { ranks, ranked } = rankGaps(milestones);
    const out: MilestoneHistory[] = [];
    let a = 0;
    let u = 0;
    let d = 0;
    let entry = this.stackTop;
    for (let k = 0; k < milestones.length; k++) {
      const level = milestones[k].level;
      if (k < this.attempts.length) {
        a += this.attempts[k];
        u += this.ups[k];
        d += this.downs[k];
      }
      while (entry >= 0 && this.stackCounts[entry] <= k) entry--;
      out.push({
        level,
        attempts: this.intraday.high ? a : null,
        upCrossings: u,
        downCrossings: d,
        lastCloseAboveDate: entry < 0 ? null : this.stackDays[entry],
        aboveNow: k < this.count,
        gapRank: ranks.get(level) ?? null,
        gapsRanked: ranked,
      });
    }
    return out;
  }
}
