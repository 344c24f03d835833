import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelLadder } from '../../src/core/LevelLadder.js';

/** How many of the first `slots` levels `value` is above, comparing one by one. */
function countByComparing(ladder: LevelLadder, value: number, atOrAbove: boolean, slots: number): number {
  let n = 0;
  for (let k = 0; k < Math.min(slots, ladder.size); k++) if (atOrAbove ? value >= ladder.levelAt(k) : value > ladder.levelAt(k)) n++;
  return n;
}

describe('LevelLadder', () => {
  it('places a step plan’s levels above the first close: (floor(close / step) + 1 + slot) × step', () => {
    const ladder = new LevelLadder({ kind: 'step', step: 1000 }, false);
    ladder.start(17.66);
    expect([0, 1, 6].map((k) => ladder.levelAt(k))).toEqual([1000, 2000, 7000]);
    expect(ladder.size).toBe(Infinity);
    expect(ladder.countBelow(6978.03)).toBe(6);
    expect(ladder.countBelow(7000), 'a close on the level is not above it').toBe(6);
    const atOrAbove = new LevelLadder({ kind: 'step', step: 1000 }, true);
    atOrAbove.start(17.66);
    expect(atOrAbove.countBelow(1000), 'at or above').toBe(1);
    expect(ladder.countBelow(500)).toBe(0);
    expect(ladder.countBelow(NaN)).toBe(0);
  });

  it('returns a list plan’s levels as listed', () => {
    const ladder = new LevelLadder({ kind: 'list', levels: [5000, 6000, 7000] }, false);
    ladder.start(6500);
    expect(ladder.size).toBe(3);
    expect(ladder.levelAt(0)).toBe(5000);
    expect([4999, 5000, 6500, 7000.01].map((v) => ladder.countBelow(v))).toEqual([0, 0, 2, 3]);
  });

  it('counts exactly the levels a value is above, also on and next to levels of awkward steps', () => {
    const step = fc.constantFrom(0.1, 0.3, 7.3, 1 / 3, 1e-3, 25, 1000, 0.07);
    fc.assert(
      fc.property(step, fc.double({ min: 0.01, max: 5000, noNaN: true }), fc.integer({ min: -3, max: 400 }), fc.constantFrom(-1, 0, 1), fc.boolean(), (s, first, slot, nudge, atOrAbove) => {
        const ladder = new LevelLadder({ kind: 'step', step: s }, atOrAbove);
        ladder.start(first);
        const level = ladder.levelAt(Math.max(0, slot));
        const value = nudge === 0 ? level : nudge > 0 ? level * (1 + Number.EPSILON) : level * (1 - Number.EPSILON);
        expect(ladder.countBelow(value)).toBe(countByComparing(ladder, value, atOrAbove, slot + 10));
      }),
    );
  });

  it('counts exactly for lists, by binary search', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }), fc.integer({ min: 0, max: 62 }), fc.boolean(), (set, value, atOrAbove) => {
        const levels = [...set].sort((a, b) => a - b);
        const ladder = new LevelLadder({ kind: 'list', levels }, atOrAbove);
        expect(ladder.countBelow(value)).toBe(countByComparing(ladder, value, atOrAbove, levels.length));
      }),
    );
  });
});
