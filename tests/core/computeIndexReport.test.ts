import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexReport } from '../helpers/computeIndexReport.js';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import { dayOf, makeSeries } from '../helpers/makeSeries.js';

const step = (s: number, extra: Partial<MilestoneConfig> = {}): MilestoneConfig => ({
  plan: { kind: 'step', step: s },
  atOrAbove: false,
  inclusive: false,
  target: null,
  ...extra,
});

function report(rows: Parameters<typeof makeSeries>[0], config: MilestoneConfig, asOf: string | null = null) {
  const r = computeIndexReport(makeSeries(rows), config, asOf === null ? null : dayOf(asOf));
  if (r === null) throw new Error('no report');
  return r;
}

describe('computeIndexReport', () => {
  it('does not count a close or high exactly on the level as above it', () => {
    const r = report(
      [
        ['2024-01-02', 900, 950],
        ['2024-01-03', 1000, 1000],
        ['2024-01-04', 1000.01, 1001],
      ],
      step(1000),
    );
    expect(r.milestones).toHaveLength(1);
    expect(r.milestones[0].firstCloseDate, 'close of exactly 1000 is not above 1000').toBe(dayOf('2024-01-04'));
    expect(r.milestones[0].firstTouchDate, 'high of exactly 1000 is not a touch').toBe(dayOf('2024-01-04'));
  });

  it('counts a close equal to the level with atOrAbove', () => {
    const r = report(
      [
        ['2024-01-02', 900, 950],
        ['2024-01-03', 1000, 1000],
        ['2024-01-04', 1000.01, 1001],
      ],
      step(1000, { atOrAbove: true }),
    );
    expect(r.milestones[0].firstCloseDate).toBe(dayOf('2024-01-03'));
    expect(r.milestones[0].firstTouchDate).toBe(dayOf('2024-01-03'));
  });

  it('returns the difference of row positions as trading days, and calendar days between the dates', () => {
    // rows: 0 Fri 950, 1 Mon 1010 (1000 confirmed), 2 Tue 1500, 3 Wed 1900, 4 Thu 2050 (2000 confirmed)
    const rows = [
      ['2024-03-01', 950, 960],
      ['2024-03-04', 1010, 1020],
      ['2024-03-05', 1500, 1510],
      ['2024-03-06', 1900, 2010],
      ['2024-03-07', 2050, 2060],
    ] as const;
    const r = report(rows, step(1000));
    expect(r.milestones.map((m) => m.level)).toEqual([1000, 2000]);
    expect(r.milestones[0].tradingDays, 'no previous level').toBeNull();
    expect(r.milestones[1].tradingDays, 'row 4 - row 1').toBe(3);
    expect(r.milestones[1].calendarDays, 'Mar 4 to Mar 7').toBe(3);
    expect(r.milestones[1].firstTouchDate, 'high 2010 on Mar 6').toBe(dayOf('2024-03-06'));
    expect(r.milestones[1].touchToCloseSessions).toBe(1);
    const inclusive = report(rows, step(1000, { inclusive: true }));
    expect(inclusive.milestones[1].tradingDays, 'both ends counted').toBe(4);
  });

  it('returns every level crossed in one session with the same date and a gap of zero', () => {
    const r = report(
      [
        ['2024-01-02', 950, 960],
        ['2024-01-03', 3100, 3150],
      ],
      step(1000),
    );
    expect(r.milestones.map((m) => [m.level, m.firstCloseDate, m.status])).toEqual([
      [1000, dayOf('2024-01-03'), 'confirmed'],
      [2000, dayOf('2024-01-03'), 'confirmed'],
      [3000, dayOf('2024-01-03'), 'confirmed'],
    ]);
    expect(r.milestones.map((m) => m.tradingDays)).toEqual([null, 0, 0]);
  });

  it('returns a pending level with the sessions elapsed to the last session', () => {
    // 1000 confirmed on row 1; 2000 touched on row 3 (high 2005), never closed above; last row is 4.
    const r = report(
      [
        ['2024-01-02', 950, 960],
        ['2024-01-03', 1010, 1020],
        ['2024-01-04', 1500, 1600],
        ['2024-01-05', 1990, 2005],
        ['2024-01-08', 1980, 1995],
      ],
      step(1000),
    );
    const pending = r.milestones[1];
    expect(pending.status).toBe('pending');
    expect(pending.firstCloseDate).toBeNull();
    expect(pending.firstTouchDate).toBe(dayOf('2024-01-05'));
    expect(pending.tradingDays, 'row 4 - row 1').toBe(3);
    expect(pending.calendarDays, 'Jan 3 to Jan 8').toBe(5);
    expect(r.nextMilestone?.level).toBe(2000);
    expect(r.nextMilestone?.points).toBeCloseTo(-20, 10);
    expect(r.recordHigh).toEqual({ date: dayOf('2024-01-05'), value: 2005 });
  });

  it('returns a new record on the last row with zero distance from it', () => {
    const r = report(
      [
        ['2024-01-02', 100, 101],
        ['2024-01-03', 90, 99],
        ['2024-01-04', 120, 125],
      ],
      step(1000),
    );
    expect(r.recordClose).toEqual({ date: dayOf('2024-01-04'), value: 120 });
    expect(r.pctFromRecordClose).toBe(0);
    expect(r.pctFromRecordHigh).toBeCloseTo((120 / 125 - 1) * 100, 12);
    expect(r.change).toBe(30);
    expect(r.changePct).toBeCloseTo(33.333333333333336, 12);
    expect(r.milestones).toEqual([]);
  });

  it('returns a report for a single row with no change', () => {
    const r = report([['2024-01-02', 6978.03, 7002.28]], step(1000, { target: 7000 }));
    expect(r.sessions).toBe(1);
    expect(r.change).toBeNull();
    expect(r.changePct).toBeNull();
    expect(r.milestones.map((m) => [m.level, m.status, m.firstTouchDate])).toEqual([[7000, 'pending', dayOf('2024-01-02')]]);
    expect(r.milestones[0].tradingDays).toBeNull();
    expect(r.target).toMatchObject({ level: 7000, touched: true, closedAbove: false, firstCloseDate: null });
    expect(r.target?.points).toBeCloseTo(-21.97, 9);
    expect(r.target?.pct).toBeCloseTo((6978.03 / 7000 - 1) * 100, 12);
  });

  it('reports intraday facts as null without a high column', () => {
    const r = report(
      [
        ['2024-01-02', 950],
        ['2024-01-03', 1010],
      ],
      step(1000, { target: 2000 }),
    );
    expect(r.recordHigh).toBeNull();
    expect(r.pctFromRecordHigh).toBeNull();
    expect(r.milestones[0].firstTouchDate).toBeNull();
    expect(r.milestones[0].firstCloseDate).toBe(dayOf('2024-01-03'));
    expect(r.target?.touched).toBeNull();
  });

  it('stops at the last session on or before the as-of date', () => {
    const rows = [
      ['2024-01-02', 950, 960],
      ['2024-01-04', 1010, 1020],
      ['2024-01-08', 1100, 1120],
    ] as const;
    const r = report(rows, step(1000), '2024-01-06');
    expect(r.asOf).toBe(dayOf('2024-01-04'));
    expect(r.sessions).toBe(2);
    expect(computeIndexReport(makeSeries(rows), step(1000), dayOf('2023-12-31'))).toBeNull();
  });

  it('lists explicit levels, including ones never reached and ones the data starts above', () => {
    const r = report(
      [
        ['2024-01-02', 1500, 1600],
        ['2024-01-03', 2100, 2200],
      ],
      { plan: { kind: 'list', levels: [1000, 2000, 3000] }, atOrAbove: false, inclusive: false, target: null },
    );
    expect(r.milestones.map((m) => [m.level, m.status])).toEqual([
      [1000, 'predates'],
      [2000, 'confirmed'],
      [3000, 'untouched'],
    ]);
    expect(r.milestones[1].tradingDays, 'previous level has no first close in the data').toBeNull();
    expect(r.nextMilestone?.level).toBe(3000);
  });

  it('keeps percent from record never positive (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 60 }), (closes) => {
        const rows = closes.map((c, i) => [isoOf(i), c, c * 1.01] as const);
        const r = report(rows, step(100));
        expect(r.pctFromRecordClose).toBeLessThanOrEqual(0);
        expect(r.pctFromRecordHigh ?? 0).toBeLessThanOrEqual(0);
        const confirmed = r.milestones.filter((m) => m.status === 'confirmed');
        for (const m of confirmed) expect(m.firstClose).toBeGreaterThan(m.level);
      }),
    );
  });
});

function isoOf(i: number): string {
  return new Date(Date.UTC(2000, 0, 3) + i * 86_400_000).toISOString().slice(0, 10);
}
