import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BrailleGrid } from '../../src/chart/BrailleGrid.js';
import { type LabelScene, placeLabels } from '../../src/chart/placeLabels.js';
import { spreadLevels } from '../../src/chart/spreadLevels.js';
import { thinSessions } from '../../src/chart/thinSessions.js';
import { boxesIntersect, segmentEntersBox, segmentsCross } from '../helpers/svgLayout.js';

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
  const scene = (extra: Partial<LabelScene> = {}): LabelScene => ({ bounds, lines: [], markers: [{ x: 200, y: 150 }], taken: [], ...extra });

  it('returns the spot left of the point, centred on it, when it is free', () => {
    const [p] = placeLabels([{ x: 200, y: 150, variants: [label] }], scene());
    // 8 px gap: x = 200 − 8 − 100 = 92; centred: y = 150 − 20 / 2 = 140.
    expect(p).toEqual({ box: { x: 92, y: 140, width: 100, height: 20 }, anchor: 'end', leader: null, variant: 0 });
  });

  it('returns a spot off a line through the point: above it, centred', () => {
    const [p] = placeLabels([{ x: 200, y: 150, variants: [label] }], scene({ lines: [[{ x: 0, y: 150 }, { x: 400, y: 150 }]] }));
    // Above, centred: 8 px away (+3 for text starting right of the point) beats above-left, √(8² + 8²) ≈ 11.3.
    expect(p?.box).toEqual({ x: 150, y: 122, width: 100, height: 20 });
  });

  it('returns spots that do not overlap earlier labels or cover other markers', () => {
    const [a, b] = placeLabels([{ x: 200, y: 150, variants: [label] }, { x: 200, y: 150, variants: [label] }], scene());
    expect(a !== null && b !== null && !boxesIntersect(a.box, b.box)).toBe(true);
    const [c] = placeLabels([{ x: 200, y: 150, variants: [label] }], scene({ markers: [{ x: 200, y: 150 }, { x: 150, y: 150 }] }));
    expect(c?.box).not.toEqual({ x: 92, y: 140, width: 100, height: 20 });
  });

  it('returns a shorter wording, then null, when a label does not fit', () => {
    const narrow = { x: 0, y: 0, width: 120, height: 40 };
    const [p] = placeLabels([{ x: 60, y: 20, variants: [{ width: 200, height: 20 }, { width: 40, height: 10 }] }], scene({ bounds: narrow }));
    expect(p?.variant).toBe(1);
    expect(placeLabels([{ x: 60, y: 20, variants: [{ width: 200, height: 20 }] }], scene({ bounds: narrow }))).toEqual([null]);
  });

  it('keeps every label clear of the others, the line and the leaders, wherever the points are', () => {
    const point = fc.record({ x: fc.integer({ min: 10, max: 390 }), y: fc.integer({ min: 10, max: 290 }) });
    const size = fc.record({ width: fc.integer({ min: 20, max: 160 }), height: fc.constantFrom(16, 32) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 7 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 2, maxLength: 40 }), fc.array(size, { minLength: 7, maxLength: 7 }), (points, heights, sizes) => {
        // An x-ascending line across the bounds, through the given heights.
        const line = heights.map((y, i) => ({ x: (400 * i) / (heights.length - 1), y }));
        const requests = points.map((p, i) => ({ ...p, variants: [sizes[i]] }));
        const placed = placeLabels(requests, { bounds, lines: [line], markers: points, taken: [] });
        const boxes = placed.flatMap((p) => (p === null ? [] : [p.box]));
        const leaders = placed.flatMap((p) => (p?.leader == null ? [] : [p.leader]));
        for (const b of boxes) {
          expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= 400 && b.y + b.height <= 300).toBe(true);
          for (let k = 1; k < line.length; k++) expect(segmentEntersBox(line[k - 1], line[k], b)).toBe(false);
          for (const m of points) expect(segmentEntersBox(m, m, b)).toBe(false);
        }
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesIntersect(a, b)).toBe(false)));
        leaders.forEach((p, i) => leaders.slice(i + 1).forEach((q) => expect(segmentsCross(p.a, p.b, q.a, q.b)).toBe(false)));
      }),
      { numRuns: 200 },
    );
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
