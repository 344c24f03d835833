import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeGap } from '../../src/calendar/describeGap.js';
import { nyseCalendar } from '../../src/calendar/nyse/nyseCalendar.js';
import { SessionAudit } from '../../src/calendar/SessionAudit.js';
import { parseIsoDate } from '../../src/ingest/parseIsoDate.js';

const cal = nyseCalendar();
const day = (iso: string): number => parseIsoDate(iso) as number;

describe('SessionAudit', () => {
  it('leaves rows outside the calendar unjudged, as one stretch, and a gap to them uncounted', () => {
    const audit = new SessionAudit(cal);
    // 1885-01-01 (Thursday) was New Year's Day; 1885-01-03 a Saturday session.
    ['1884-12-30', '1884-12-31', '1885-01-02', '1885-01-03', '1885-01-05'].forEach((iso, i) => audit.push(day(iso), i + 2));
    const findings = audit.findings();
    expect(findings).toEqual([{ kind: 'outsideCalendar', fromDate: day('1884-12-30'), toDate: day('1884-12-31'), count: 2, days: [day('1884-12-30'), day('1884-12-31')], lines: [2, 3], note: '' }]);
    expect(describeGap(findings, cal, day('1884-12-31'), day('1885-01-05'))).toBe('gap not counted: it runs outside the NYSE calendar (1885-01-01 to 2035-12-31)');
    expect(describeGap(findings, cal, day('1885-01-02'), day('1885-01-05'))).toBeNull();
  });

  it('makes the row difference of any two rows the sessions between them, plus extra rows, less missing sessions', () => {
    // A random file of days within four months: some sessions, some not.
    const start = day('2012-09-01');
    const fileArb = fc.uniqueArray(fc.integer({ min: start, max: start + 120 }), { minLength: 2, maxLength: 90 }).map((days) => days.sort((a, b) => a - b));
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.nat(), (days, p, q) => {
        const audit = new SessionAudit(cal);
        days.forEach((d, i) => audit.push(d, i + 2));
        const findings = audit.findings();
        const [i, j] = [p % days.length, q % days.length].sort((a, b) => a - b);
        const [a, b] = [days[i], days[j]];
        const extra = findings.filter((f) => f.kind === 'nonSessionRows').flatMap((f) => f.days).filter((d) => d > a && d <= b).length;
        const missing = findings.filter((f) => f.kind === 'missingSessions' && f.fromDate > a && f.toDate <= b).reduce((n, f) => n + f.count, 0);
        expect(j - i).toBe(cal.countSessions(a, b) + extra - missing);
        expect(describeGap(findings, cal, a, b) === null).toBe(extra === 0 && missing === 0);
      }),
      { numRuns: 300 },
    );
  });
});
