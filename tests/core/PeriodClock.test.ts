import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, weekdayOf } from '../../src/calendar/dayNumber.js';
import { oneYearBefore } from '../../src/calendar/oneYearBefore.js';
import { BEGAN_MONTH, BEGAN_QUARTER, BEGAN_WEEK, BEGAN_YEAR, PeriodClock } from '../../src/core/PeriodClock.js';
import { dayOf } from '../helpers/makeSeries.js';

/** The periods a session on `day` begins after one on `prev` (`null`: the first session), from the civil dates. */
function periodsBegun(prev: number | null, day: number): number {
  if (prev === null) return BEGAN_WEEK | BEGAN_MONTH | BEGAN_QUARTER | BEGAN_YEAR;
  const a = fromDayNumber(prev);
  const b = fromDayNumber(day);
  const monday = (d: number) => d - ((weekdayOf(d) + 6) % 7);
  let began = monday(prev) === monday(day) ? 0 : BEGAN_WEEK;
  if (a.year !== b.year || a.month !== b.month) began |= BEGAN_MONTH;
  if (a.year !== b.year || Math.ceil(a.month / 3) !== Math.ceil(b.month / 3)) began |= BEGAN_QUARTER;
  if (a.year !== b.year) began |= BEGAN_YEAR;
  return began;
}

describe('PeriodClock', () => {
  it('returns the same date a year earlier as oneYearBefore for every day of 1899–2101, 29 February included', () => {
    const clock = new PeriodClock();
    for (let day = dayOf('1899-01-01'); day <= dayOf('2101-12-31'); day++) {
      clock.advance(day);
      if (clock.oneYearBefore(day) !== oneYearBefore(day)) expect(clock.oneYearBefore(day), `day ${day}`).toBe(oneYearBefore(day));
    }
  });

  it('returns the periods each session begins, for sessions days, weeks or years apart', () => {
    const gaps = fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 800 })), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1900-01-01'), max: dayOf('2100-01-01') }), gaps, (start, steps) => {
        const clock = new PeriodClock();
        let prev: number | null = null;
        let day = start;
        for (const step of steps) {
          expect(clock.advance(day), `day ${day} after ${prev}`).toBe(periodsBegun(prev, day));
          expect(clock.year).toBe(fromDayNumber(day).year);
          prev = day;
          day += step;
        }
      }),
    );
  });
});
