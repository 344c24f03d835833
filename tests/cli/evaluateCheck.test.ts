import { describe, expect, it } from 'vitest';
import { toCheckCondition } from '../../src/cli/checkOptions.js';
import { evaluateCheck } from '../../src/cli/evaluateCheck.js';
import type { DistanceRow } from '../../src/render/DistanceResult.type.js';
import { dayOf } from '../helpers/makeSeries.js';

/** A row for target 100: last close `close`, with the given first touch / first close dates. */
function row(close: number, touch: string | null, firstClose: string | null, hasHigh = true): DistanceRow {
  return {
    symbol: 'T',
    name: null,
    source: 't.csv',
    asOf: dayOf('2024-01-05'),
    close,
    firstDate: dayOf('2024-01-02'),
    historyComplete: null,
    level: 100,
    points: close - 100,
    pct: (close / 100 - 1) * 100,
    gainPct: (100 / close - 1) * 100,
    touched: hasHigh ? touch !== null : null,
    firstTouchDate: hasHigh && touch !== null ? dayOf(touch) : null,
    closedAbove: firstClose !== null,
    firstCloseDate: firstClose === null ? null : dayOf(firstClose),
  };
}

describe('toCheckCondition', () => {
  const levels = (defaultValue: number | null, bySymbol: [string, number][] = []) => ({ defaultValue, bySymbol: new Map(bySymbol) });

  it('returns the one condition given', () => {
    expect(toCheckCondition({ closedAbove: levels(7000) })).toEqual({ kind: 'closedAbove', levels: levels(7000), atOrAbove: false });
    expect(toCheckCondition({ below: levels(5), atOrAbove: true })).toEqual({ kind: 'below', levels: levels(5), atOrAbove: true });
  });

  it("takes --target's levels for a flag given alone, and needs some", () => {
    const target = levels(null, [['SPX', 7000]]);
    expect(toCheckCondition({ above: true, target })).toEqual({ kind: 'above', levels: target, atOrAbove: false });
    expect(() => toCheckCondition({ touched: true })).toThrow('--touched needs a LEVEL (7000, SPX=7000), or --target / --watch to give one');
  });

  it('rejects no condition and two conditions', () => {
    expect(() => toCheckCondition({})).toThrow(/give a condition: one of --above, --closed-above, --touched, --below/);
    expect(() => toCheckCondition({ above: levels(1), touched: levels(2) })).toThrow(/give one condition, not --above and --touched/);
  });
});

describe('evaluateCheck', () => {
  const cases: { name: string; row: DistanceRow; kind: 'above' | 'closedAbove' | 'touched' | 'below'; atOrAbove?: boolean; holds: boolean }[] = [
    { name: 'a last close above', row: row(101, '2024-01-02', '2024-01-03'), kind: 'above', holds: true },
    { name: 'a last close equal to the level', row: row(100, '2024-01-02', '2024-01-03'), kind: 'above', holds: false },
    { name: 'an equal close with --at-or-above', row: row(100, null, null), kind: 'above', atOrAbove: true, holds: true },
    { name: 'a last close below, after closing above earlier', row: row(99, '2024-01-02', '2024-01-03'), kind: 'above', holds: false },
    { name: 'an earlier close above, last close below', row: row(99, '2024-01-02', '2024-01-03'), kind: 'closedAbove', holds: true },
    { name: 'never closed above', row: row(99, '2024-01-02', null), kind: 'closedAbove', holds: false },
    { name: 'touched, never closed above', row: row(99, '2024-01-02', null), kind: 'touched', holds: true },
    { name: 'never touched', row: row(99, null, null), kind: 'touched', holds: false },
    { name: 'below', row: row(99, null, null), kind: 'below', holds: true },
    { name: 'equal is not below', row: row(100, null, null), kind: 'below', holds: false },
    { name: 'equal is not below even with --at-or-above', row: row(100, null, null), kind: 'below', atOrAbove: true, holds: false },
  ];
  for (const c of cases) {
    it(`returns ${c.holds} for ${c.kind} on ${c.name}`, () => {
      const verdict = evaluateCheck(c.row, { kind: c.kind, levels: { defaultValue: 100, bySymbol: new Map() }, atOrAbove: c.atOrAbove ?? false });
      expect(verdict.holds).toBe(c.holds);
      expect(verdict.reason.startsWith(`T: ${c.holds ? 'yes' : 'no'}, `)).toBe(true);
    });
  }

  it('throws an input error for touched without highs', () => {
    expect(() => evaluateCheck(row(99, null, null, false), { kind: 'touched', levels: { defaultValue: 100, bySymbol: new Map() }, atOrAbove: false })).toThrow(
      't.csv: T has no intraday highs (no high column, or an empty one): --touched needs them',
    );
  });
});
