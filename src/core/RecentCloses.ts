import type { MovingAverage } from './MarketContext.type.js';

/** The latest `capacity` closes of a stream of sessions, in a ring: memory is fixed however many are pushed. */
export class RecentCloses {
  private readonly ring: Float64Array;
  /** Slot of the latest close. */
  private head = -1;
  /** Closes pushed so far. */
  count = 0;

  constructor(readonly capacity: number) {
    this.ring = new Float64Array(capacity);
  }

  push(close: number): void {
    const next = this.head + 1;
    this.head = next === this.capacity ? 0 : next;
    this.ring[this.head] = close;
    this.count++;
  }

  /** The close `back` sessions before the latest one (0: the latest); `back` < min(count, capacity). */
  ago(back: number): number {
    const slot = this.head - back;
    return this.ring[slot < 0 ? slot + this.capacity : slot];
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
