import { describe, expect, it } from 'vitest';
import type { ChartLevel } from '../../src/chart/ChartModel.type.js';
import { chooseChartWindow } from '../../src/chart/chooseChartWindow.js';
import { findValueExtent } from '../../src/chart/findValueExtent.js';
import { rebasePanel } from '../../src/chart/rebasePanel.js';
import { smallPanel } from './smallFixture.js';

/** 300 sessions on days 1000, 1001, … (row r is day 1000 + r). */
const days = Int32Array.from({ length: 300 }, (_, r) => 1000 + r);
const level = (lvl: number, closeDay: number | null, touchDay: number | null = closeDay): ChartLevel => ({
  level: lvl,
  status: closeDay === null ? (touchDay === null ? 'untouched' : 'pending') : 'confirmed',
  firstClose: closeDay === null ? null : { day: closeDay, value: lvl + 1 },
  firstTouch: touchDay === null ? null : { day: touchDay, value: lvl + 1 },
  tradingDays: null,
  previousLevel: null,
});
const none = { fromDay: null, toDay: null, focusLastMilestones: false };

describe('chooseChartWindow', () => {
  it('returns the whole history by default', () => {
    expect(chooseChartWindow(days, [level(1, 1100)], none)).toEqual({ start: 0, end: 300 });
  });

  it('returns the sessions from --from through --to', () => {
    expect(chooseChartWindow(days, [], { ...none, fromDay: 1010, toDay: 1019 })).toEqual({ start: 10, end: 20 });
    expect(chooseChartWindow(days, [], { ...none, fromDay: 999, toDay: 5000 })).toEqual({ start: 0, end: 300 });
  });

  it('returns null when no session is in range', () => {
    expect(chooseChartWindow(days, [], { ...none, fromDay: 2000 })).toBeNull();
  });

  it('starts a little before the last two milestones when levels were asked for', () => {
    // Milestones on rows 100, 150, 200: the last two are rows 150 and 200. Lead before row 150:
    // a tenth of the 299 − 150 = 149 rows after it, 15, but at least 20 → start at row 130.
    const levels = [level(1, 1100), level(2, 1150), level(3, 1200)];
    expect(chooseChartWindow(days, levels, { ...none, focusLastMilestones: true })).toEqual({ start: 130, end: 300 });
    // A pending level counts by its first touch (row 280): last two are rows 200 and 280;
    // lead max(20, round(99 / 10) = 10) = 20 → 180.
    const pending = [...levels, level(4, null, 1280), level(5, null, null)];
    expect(chooseChartWindow(days, pending, { ...none, focusLastMilestones: true })).toEqual({ start: 180, end: 300 });
    // Milestones on rows 10 and 20 with 279 rows after: lead round(27.9) = 28 → max(0, 10 − 28) = 0.
    expect(chooseChartWindow(days, [level(1, 1010), level(2, 1020)], { ...none, focusLastMilestones: true })).toEqual({ start: 0, end: 300 });
  });

  it('ignores milestones after --to when focusing', () => {
    const levels = [level(1, 1100), level(2, 1150), level(3, 1200)];
    // To row 180 (day 1180): last two visible milestones rows 100 and 150 → lead max(20, 8) → 80.
    expect(chooseChartWindow(days, levels, { fromDay: null, toDay: 1180, focusLastMilestones: true })).toEqual({ start: 80, end: 181 });
  });
});

describe('findValueExtent', () => {
  it('returns the lowest low, the highest high and the levels between', () => {
    const e = findValueExtent(smallPanel());
    expect([e.min, e.max]).toEqual([85, 305]);
    expect(e.levels.map((l) => l.level)).toEqual([100, 200, 300]);
  });

  it('reaches up to the next level when it is within 15% of the span above the data', () => {
    const p = smallPanel();
    const levels = [...p.levels, { ...p.levels[2], level: 330, status: 'untouched' as const, firstTouch: null }];
    // 330 − 305 = 25 ≤ 0.15 × 220 = 33: drawn. 400 would not be.
    expect(findValueExtent({ ...p, levels }).max).toBe(330);
    const far = [...p.levels, { ...p.levels[2], level: 400, status: 'untouched' as const, firstTouch: null }];
    expect(findValueExtent({ ...p, levels: far }).max).toBe(305);
  });
});

describe('rebasePanel', () => {
  it('returns prices as 100 × price ÷ first close, without levels', () => {
    const r = rebasePanel(smallPanel());
    // First close 90: 250 → 277.78, high 305 → 338.89.
    expect(r.close[0]).toBe(100);
    expect(r.lastClose.value).toBeCloseTo((250 / 90) * 100, 9);
    expect(r.high?.[10]).toBeCloseTo((305 / 90) * 100, 9);
    expect(r.levels).toEqual([]);
    expect(r.rebasedFrom?.value).toBe(90);
  });
});
