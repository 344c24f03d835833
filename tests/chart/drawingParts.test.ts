import { describe, expect, it } from 'vitest';
import { BrailleGrid } from '../../src/chart/BrailleGrid.js';
import { placeLabels } from '../../src/chart/placeLabels.js';
import { spreadLevels } from '../../src/chart/spreadLevels.js';
import { thinSessions } from '../../src/chart/thinSessions.js';

describe('BrailleGrid', () => {
  const text = (g: BrailleGrid) => g.toRuns().map((row) => row.map(([t]) => t).join(''));

  it('returns the braille dot numbering of ISO/TR 11548-1', () => {
    const g = new BrailleGrid(2, 1);
    g.dot(0, 0, 'a'); // dot 1 = bit 0x01
    g.dot(3, 3, 'a'); // second cell, dot 8 = bit 0x80
    expect(text(g)).toEqual(['\u2801\u2880']);
  });

  it('returns a straight segment between two dots', () => {
    const g = new BrailleGrid(2, 1);
    g.line(0, 3, 3, 0, 'a');
    // Dots (0,3), (1,2), (2,1), (3,0): 0x40 | 0x20 = 0x60 in the first cell, 0x02 | 0x08 in the second.
    expect(text(g)).toEqual(['\u2860\u280a']);
  });

  it('keeps dots over a rule and characters over dots', () => {
    const g = new BrailleGrid(3, 1);
    g.rule(0, '┄');
    g.dot(0, 0, 'a');
    g.put(2, 0, '●', 'marker');
    g.dot(4, 0, 'a');
    expect(text(g)).toEqual(['\u2801┄●']);
    expect([g.isFree(0, 0), g.isFree(1, 0), g.isFree(2, 0)]).toEqual([false, true, false]);
  });
});

describe('thinSessions', () => {
  it('returns every row when there are few', () => {
    expect(thinSessions(Float64Array.of(1, 2, 3), 10, (i) => i)).toEqual([0, 1, 2]);
  });

  it('returns per pixel column the first, lowest, highest and last row', () => {
    // 12 rows over 2 columns (rows 0–5 in column 0, 6–11 in column 1), more than 4 × 2.
    const values = Float64Array.of(5, 9, 1, 7, 3, 4, 6, 6, 8, 2, 6, 5);
    // Column 0: first 0, lowest 2 (1), highest 1 (9), last 5. Column 1: first 6, lowest 9 (2), highest 8 (8), last 11.
    expect(thinSessions(values, 2, (i) => (i < 6 ? 0.5 : 1.5))).toEqual([0, 1, 2, 5, 6, 8, 9, 11]);
  });
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };
  const label = { width: 100, height: 20 };

  it('returns a spot left of and above the point when it is free', () => {
    const [p] = placeLabels([{ x: 200, y: 150, variants: [label] }], bounds, []);
    // 8 px gap: x = 200 − 8 − 100, y = 150 − 8 − 20.
    expect(p).toEqual({ box: { x: 92, y: 122, width: 100, height: 20 }, anchor: 'end', displaced: false, variant: 0 });
  });

  it('returns spots that do not overlap earlier labels or cover obstacles', () => {
    const [a, b] = placeLabels([{ x: 200, y: 150, variants: [label] }, { x: 200, y: 150, variants: [label] }], bounds, []);
    const overlap = (p: NonNullable<typeof a>, q: NonNullable<typeof a>) =>
      p.box.x < q.box.x + q.box.width && q.box.x < p.box.x + p.box.width && p.box.y < q.box.y + q.box.height && q.box.y < p.box.y + p.box.height;
    expect(a !== null && b !== null && !overlap(a, b)).toBe(true);
    const [c] = placeLabels([{ x: 200, y: 150, variants: [label] }], bounds, [{ x: 150, y: 132 }]);
    expect(c?.box).not.toEqual({ x: 92, y: 122, width: 100, height: 20 });
  });

  it('returns a shorter wording, then null, when a label does not fit', () => {
    const narrow = { x: 0, y: 0, width: 120, height: 40 };
    const [p] = placeLabels([{ x: 60, y: 20, variants: [{ width: 200, height: 20 }, { width: 40, height: 10 }] }], narrow, []);
    expect(p?.variant).toBe(1);
    expect(placeLabels([{ x: 60, y: 20, variants: [{ width: 200, height: 20 }] }], narrow, [])).toEqual([null]);
  });
});

describe('spreadLevels', () => {
  const lv = (level: number) => ({ level, status: 'confirmed' as const, firstClose: null, firstTouch: null, tradingDays: null, previousLevel: null });

  it('returns every level when they are far enough apart', () => {
    expect(spreadLevels([lv(1000), lv(2000), lv(3000)], (v) => v / 10, 16).map((l) => l.level)).toEqual([1000, 2000, 3000]);
  });

  it('returns the highest level, then the roundest, at least the gap apart', () => {
    // Positions 1 px per 100 points (1,000 → 10 … 8,000 → 80), gap 30 px. 8,000 (highest) first;
    // then 5,000 (ends in 5) at 30 px from it: kept. Then the plain thousands from the top: 7,000
    // (10 px from 8,000), 6,000 and 4,000 (10 px from 5,000), 3,000 (20 px) out; 2,000 (30 px from
    // 5,000) kept; 1,000 (10 px from 2,000) out.
    const kept = spreadLevels([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000].map(lv), (v) => v / 100, 30);
    expect(kept.map((l) => l.level)).toEqual([2000, 5000, 8000]);
  });
});
