import type { MovingAverage } from './MarketContext.type.js';

/** The latest closes of a stream of sessions, at least `capacity` of them, in a ring: memory is fixed. */
export class RecentCloses {
  /** Power-of-two length, so that a slot is an index masked. */
  private readonly ring: Float64Array;
  private readonly mask: number;
  /** Slot of the latest close. */
  private head = -1;
  /** Closes pushed so far. */
  count = 0;

  constructor(readonly capacity: number) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(capacity, 1)));
    this.ring = new Float64Array(size);
    this.mask = size - 1;
  }

  push(close: number): void {
    this.head = (this.head + 1) & this.mask;
    this.ring[this.head] = close;
    this.count++;
  }

  /** The close `back` sessions before the latest one (0: the latest); `back` < min(count, capacity). */
  ago(back: number): number {
    return this.ring[(this.head - back) & this.mask];
  }

  /** Sum of the latest `n` closes, added oldest first (the order of a loop over the column). */
  sumOfLatest(n: number): number {
    let sum = 0;
    for (let back = n - 1; back >= 0; back--) sum += this.ago(back);
    return sum;
  }

  /** Simple moving average of the latest `sessions` closes; `null` with fewer. */
  movingAverage(sessions: number): MovingAverage | null {
    if (this.count < sessions) return null;
    const value = this.sumOfLatest(sessions) / sessions;
    return { sessions, value, pctFromAverage: (this.ago(0) / value - 1) * 100 };
  }
}
