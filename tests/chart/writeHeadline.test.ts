import { describe, expect, it } from 'vitest';
import type { ChartLevel, ChartPanel } from '../../src/chart/ChartModel.type.js';
import { writeHeadline } from '../../src/chart/writeHeadline.js';
import { dayOf } from '../helpers/makeSeries.js';
import { smallPanel } from './smallFixture.js';

/** The small fixture's last session. */
const LAST = dayOf('2024-01-11');

function withLevels(levels: ChartLevel[], close = 250): ChartPanel {
  return { ...smallPanel(), lastClose: { day: LAST, value: close }, levels };
}
const lvl = (level: number, status: ChartLevel['status'], closeDay: number | null, touchDay: number | null): ChartLevel => ({
  level,
  status,
  firstClose: closeDay === null ? null : { day: closeDay, value: level + 1 },
  firstTouch: touchDay === null ? null : { day: touchDay, value: level + 1 },
  tradingDays: null,
  previousLevel: null,
});

describe('writeHeadline', () => {
  it('returns a first close above a level on the last session', () => {
    expect(writeHeadline(withLevels([lvl(200, 'confirmed', LAST, LAST - 1), lvl(300, 'untouched', null, null)]))).toBe('SMALL closes above 200 for the first time');
  });

  it('returns an intraday touch on the last session that did not hold', () => {
    expect(writeHeadline(smallPanel())).toBe('SMALL tops 300 intraday but closes below it');
  });

  it('returns an earlier touch never closed above', () => {
    expect(writeHeadline(withLevels([lvl(300, 'pending', null, LAST - 3)]))).toBe('SMALL has traded above 300 but not closed above it');
  });

  it('returns the distance to the next level otherwise', () => {
    // 250 is 1 − 250/300 = 16.67% below 300.
    expect(writeHeadline(withLevels([lvl(200, 'confirmed', LAST - 5, LAST - 5), lvl(300, 'untouched', null, null)]))).toBe('SMALL closes 16.67% below 300');
    expect(writeHeadline(withLevels([lvl(200, 'confirmed', LAST - 5, LAST - 5)]))).toBe('SMALL');
  });

  it('returns the distance to the record close when the next level was closed above before', () => {
    // Close 150 under the 200 already closed above; record close 250: 1 − 150/250 = 40.00% below.
    expect(writeHeadline(withLevels([lvl(200, 'confirmed', LAST - 5, LAST - 5)], 150))).toBe('SMALL closes 40.00% below its record close');
  });
});
