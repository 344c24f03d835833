import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import { MilestoneTracker } from '../../src/core/MilestoneTracker.js';
import { SegmentRecorder } from '../../src/core/SegmentRecorder.js';
import { visitMilestoneRows } from '../../src/pipeline/visitMilestoneRows.js';

// Prices on a coarse grid, so closes and highs often equal a level or each other (the edge cases).
const session = fc.record({ close: fc.integer({ min: 1, max: 40 }).map((x) => x * 2.5), lift: fc.integer({ min: -2, max: 6 }) });
const config = fc.record({
  plan: fc.oneof(
    fc.record({ kind: fc.constant('step' as const), step: fc.constantFrom(5, 10, 25) }),
    fc.record({ kind: fc.constant('list' as const), levels: fc.uniqueArray(fc.integer({ min: 1, max: 12 }).map((x) => x * 10), { maxLength: 5 }).map((l) => l.sort((a, b) => a - b)) }),
  ),
  atOrAbove: fc.boolean(),
  inclusive: fc.boolean(),
  target: fc.option(fc.constantFrom(50, 62.5, 100), { nil: null }),
});

describe('MilestoneTracker.absorb', () => {
  it('continues the fold with stretches read apart exactly as if every session had been pushed', () => {
    fc.assert(
      fc.property(fc.array(session, { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }), config, fc.boolean(), (rows, cutsAt, cfg, hasHigh) => {
        const sessions = rows.map((r, i) => ({ day: 20000 + i, close: r.close, high: r.close + r.lift }));
        const whole = new MilestoneTracker(cfg as MilestoneConfig, hasHigh);
        for (const s of sessions) whole.push(s.day, s.high, s.close);
        // The first stretch pushed, the others recorded apart and absorbed in order.
        const cuts = [...new Set([0, ...cutsAt.map((c) => Math.min(c, sessions.length)), sessions.length])].sort((a, b) => a - b);
        const parts = new MilestoneTracker(cfg as MilestoneConfig, hasHigh);
        for (const s of sessions.slice(cuts[0], cuts[1])) parts.push(s.day, s.high, s.close);
        for (let k = 1; k + 1 < cuts.length; k++) {
          const recorder = new SegmentRecorder(hasHigh);
          for (const s of sessions.slice(cuts[k], cuts[k + 1])) recorder.push(s.day, s.high, s.close);
          parts.absorb(recorder.segment());
        }
        expect(parts.sessions).toBe(sessions.length);
        expect(parts.report('X', 'x.csv')).toEqual(whole.report('X', 'x.csv'));
        // As a worker thread does: the later stretches recorded from the last back, each continued
        // with the one after it, then absorbed at once.
        const chained = new MilestoneTracker(cfg as MilestoneConfig, hasHigh);
        for (const s of sessions.slice(cuts[0], cuts[1])) chained.push(s.day, s.high, s.close);
        let after: SegmentRecorder | null = null;
        for (let k = cuts.length - 2; k >= 1; k--) {
          const recorder = new SegmentRecorder(hasHigh);
          for (const s of sessions.slice(cuts[k], cuts[k + 1])) recorder.push(s.day, s.high, s.close);
          if (after !== null) recorder.absorb(after.segment());
          after = recorder;
        }
        if (after !== null) chained.absorb(after.segment());
        expect(chained.report('X', 'x.csv')).toEqual(whole.report('X', 'x.csv'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only the sessions that set a new high of the stretch in its ladder', () => {
    // Closes 10, 12, 11, 12, 15 with highs 11, 12, 13, 12, 15: new highs of close or reach on rows 0, 1, 2, 4.
    const recorder = new SegmentRecorder(true);
    [[10, 11], [12, 12], [11, 13], [12, 12], [15, 15]].forEach(([close, high], i) => recorder.push(100 + i, high, close));
    const segment = recorder.segment();
    expect(segment.ladder).toEqual([0, 100, 11, 10, 1, 101, 12, 12, 2, 102, 13, 11, 4, 104, 15, 15]);
    expect([segment.sessions, segment.lastClose, segment.prevClose, segment.lastDay]).toEqual([5, 15, 12, 104]);
  });
});

describe('MilestoneTracker.eachLevel', () => {
  it('hands on the levels of report().milestones, as visitMilestoneRows reads them back', () => {
    fc.assert(
      fc.property(fc.array(session, { minLength: 1, maxLength: 60 }), config, fc.boolean(), (rows, cfg, hasHigh) => {
        const tracker = new MilestoneTracker(cfg as MilestoneConfig, hasHigh);
        rows.forEach((r, i) => tracker.push(20000 + i, r.close + r.lift, r.close));
        const levels: unknown[][] = [];
        tracker.eachLevel({ level: (...fields) => levels.push(fields) });
        const fromRows: unknown[][] = [];
        visitMilestoneRows(tracker.report('X', 'x.csv').milestones, { level: (...fields) => fromRows.push(fields) });
        expect(levels).toEqual(fromRows);
      }),
      { numRuns: 300 },
    );
  });
});
