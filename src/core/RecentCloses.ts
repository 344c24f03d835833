import type { MovingAverage } from './MarketContext.type.js';

/** The ring's first length: an index of a few sessions (a file of 10,000 one-row symbols) holds little. */
const FIRST_SIZE = 8;

/**
 * The latest closes of a stream of sessions, at least `capacity` of them, in a ring that grows by
 * doubling to its full size as the first closes come, then stays: memory is fixed.
 */
export class RecentCloses {
  /** Power-of-two length, so that a slot is an index masked. */
  private ring: Float64Array;
  private mask: number;
  /** The ring's full length. */
  private readonly size: number;
  /** `count` at which the ring is full and grows; -1 once it has its full length. */
  private growAt: number;
  /** Slot of the latest close. */
  private head = -1;
  /** Closes pushed so far. */
  count = 0;

  constructor(readonly capacity: number) {
    this.size = 2 ** Math.ceil(Math.log2(Math.max(capacity, 1)));
    const first = Math.min(FIRST_SIZE, this.size);
    this.ring = new Float64Array(first);
    this.mask = first - 1;
    this.growAt = first < this.size ? first : -1;
  }

  push(close: number): void {
    if (this.count === this.growAt) this.grow();
    this.head = (this.head + 1) & this.mask;
    this.ring[this.head] = close;
    this.count++;
  }

  /** Doubles the full ring, its closes laid out oldest first. */
  private grow(): void {
    const n = this.count;
    const ring = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) ring[k] = this.ago(n - 1 - k);
    this.ring = ring;
    this.mask = ring.length - 1;
    this.head = n - 1;
    this.growAt = ring.length < this.size ? ring.length : -1;
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
