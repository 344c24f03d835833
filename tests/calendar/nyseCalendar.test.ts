import { describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { nyseCalendar } from '../../src/calendar/nyse/nyseCalendar.js';
import { parseIsoDate } from '../../src/ingest/parseIsoDate.js';

// One test per rule and per closure, on dates worked out by hand from the rule (weekdays checked
// against a printed calendar) or taken from the reference's lists (src/calendar/nyse/SOURCES.md).

const cal = nyseCalendar();
const day = (iso: string): number => {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(iso);
  return d;
};
const open = (...isos: string[]) => expect(isos.filter((iso) => !cal.isSession(day(iso))), 'should be sessions').toEqual([]);
const closed = (...isos: string[]) => expect(isos.filter((iso) => cal.isSession(day(iso))), 'should be closed').toEqual([]);
const reason = (iso: string) => cal.reasonClosed(day(iso));

describe('the NYSE calendar: weekends and Saturday sessions', () => {
  it('knows 1885-01-01 to 2035-12-31', () => {
    expect(cal.span).toBe('1885-01-01 to 2035-12-31');
    expect(cal.covers(day('1884-12-31'))).toBe(false);
    expect(cal.covers(day('2036-01-01'))).toBe(false);
  });

  it('has no Sunday sessions', () => {
    closed('1930-11-23', '1950-10-01', '2024-11-10');
    expect(reason('2024-11-10')).toBe('Sunday');
  });

  it('had Saturday sessions until 1952, the last on 1952-05-24', () => {
    open('1886-01-09', '1930-06-07', '1944-08-12', '1951-10-06', '1952-05-24');
    closed('1952-10-04', '1954-04-10', '1979-06-02');
    expect(reason('1979-06-02')).toBe('Saturday');
  });

  it('closed summer Saturdays from 1945 (SatClosings1945 … SatClosings1952)', () => {
    closed('1945-07-07', '1945-09-01', '1946-06-01', '1949-09-24', '1952-05-31', '1952-09-27');
    open('1945-06-30', '1945-09-08', '1951-05-26', '1951-10-06');
    expect(reason('1952-05-31')).toBe('Saturday (summer closing)');
  });
});

describe('the NYSE holiday rules', () => {
  it("New Year's Day; on a Sunday the Monday; on a Saturday no weekday off (after 1952)", () => {
    closed('2024-01-01', '2023-01-02', '1949-01-01');
    open('2021-12-31', '2010-12-31');
    expect(reason('2023-01-02')).toBe("New Year's Day");
  });

  it('Martin Luther King Jr. Day, the third Monday of January, from 1998', () => {
    closed('1998-01-19', '2025-01-20');
    open('1997-01-20');
  });

  it("Lincoln's Birthday, February 12, 1896 to 1953", () => {
    closed('1948-02-12', '1953-02-12');
    open('1954-02-12', '1895-02-12');
  });

  it("Washington's Birthday: February 22 to 1970 (nearest weekday from 1964), the third Monday from 1971", () => {
    closed('1951-02-22', '1948-02-23', '1964-02-21', '1970-02-23', '1971-02-15', '2026-02-16');
    open('1971-02-22', '1953-02-20');
  });

  it('Good Friday, except 1898, 1906 and 1907', () => {
    closed('2024-03-29', '1908-04-17', '1897-04-16', '1899-03-31');
    open('1898-04-08', '1906-04-13', '1907-03-29');
  });

  it('Memorial Day: May 30 to 1969 (nearest weekday from 1964), none in 1970, the last Monday of May from 1971', () => {
    closed('1950-05-30', '1965-05-31', '1964-05-29', '1971-05-31', '2025-05-26');
    open('1970-05-29', '1963-05-31');
  });

  it('Juneteenth, June 19 (nearest weekday), from 2022', () => {
    closed('2022-06-20', '2027-06-18', '2025-06-19');
    open('2021-06-18');
  });

  it('Independence Day: July 4, Sunday to Monday to 1953, nearest weekday from 1954', () => {
    closed('1948-07-05', '1959-07-03', '2026-07-03', '2021-07-05');
    open('1953-07-03');
  });

  it('Labor Day, the first Monday of September, from 1887', () => {
    closed('1887-09-05', '2025-09-01');
    open('1886-09-06');
  });

  it('Columbus Day, October 12, 1909 to 1953', () => {
    closed('1950-10-12', '1909-10-12');
    open('1954-10-12', '1908-10-12');
  });

  it('Election Day: every year to 1967, presidential years 1968 to 1980', () => {
    closed('1964-11-03', '1966-11-08', '1968-11-05', '1972-11-07', '1976-11-02', '1980-11-04');
    open('1969-11-04', '1970-11-03', '1984-11-06');
  });

  it('Veterans (Armistice) Day, November 11, 1934 to 1953, and 1918, 1921, 1968', () => {
    closed('1950-11-11', '1953-11-11', '1918-11-11', '1921-11-11', '1968-11-11');
    open('1954-11-11', '1933-11-10');
  });

  it('Thanksgiving: the last Thursday of November to 1938, the second to last 1939–1941, the fourth from 1942', () => {
    closed('1938-11-24', '1939-11-23', '1940-11-21', '1942-11-26', '2025-11-27');
    open('1939-11-30', '1940-11-28');
  });

  it('Christmas: Sunday to Monday to 1953, nearest weekday from 1954', () => {
    closed('1949-12-26', '1954-12-24', '2021-12-24', '2027-12-24', '2025-12-25');
    open('1953-12-24', '2020-12-24');
  });
});

describe('the NYSE special closures', () => {
  it('1968 paperwork crisis: Wednesdays from June 12, but not in holiday weeks', () => {
    closed('1968-06-12', '1968-08-28', '1968-12-18');
    open('1968-07-03', '1968-09-04', '1968-11-27', '1968-06-05');
    expect(reason('1968-06-12')).toBe('Paperwork crisis (Wednesday closing)');
  });

  it('presidential funerals and days of mourning', () => {
    closed('1963-11-25', '1969-03-31', '1972-12-28', '1973-01-25', '1994-04-27', '2004-06-11', '2007-01-02', '2018-12-05', '2025-01-09');
    expect(reason('2025-01-09')).toBe('Day of mourning for former President Carter');
  });

  it('the 1977 blackout, Hurricane Gloria, 9/11, Hurricane Sandy', () => {
    closed('1977-07-14', '1985-09-27', '2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14', '2012-10-29', '2012-10-30');
    open('2001-09-10', '2001-09-17', '2012-10-31');
  });

  it('World War I, the 1933 banking holiday, V-J Day, the first lunar landing', () => {
    closed('1914-07-31', '1914-10-15', '1914-12-11', '1933-03-06', '1933-03-14', '1945-08-15', '1945-08-16', '1969-07-21');
    open('1914-07-30', '1914-12-12', '1933-03-15');
  });

  it('the days next to a holiday that closed in some years', () => {
    closed('1899-05-29', '1961-05-29', '1956-12-24', '1958-12-26', '1968-07-05', '1968-02-12');
    open('1962-05-29', '1957-12-24');
  });
});

describe('session counts', () => {
  const count = (after: string, upTo: string) => cal.countSessions(day(after), day(upTo));

  it('counts the sessions after one date up to the other', () => {
    // 2025-01-02, 03, 06, 07, 08, 10: New Year's Day and the Carter day of mourning left out.
    expect(count('2024-12-31', '2025-01-10')).toBe(6);
    // 2001-09-10, then 09-17 to 09-21.
    expect(count('2001-09-07', '2001-09-21')).toBe(6);
    expect(count('2025-01-10', '2025-01-10')).toBe(0);
    expect(count('2025-01-10', '2025-01-03')).toBe(0);
  });

  it('lists them', () => {
    expect(cal.sessionsBetween(day('2012-10-26'), day('2012-11-01')).map(isoFromDayNumber)).toEqual(['2012-10-31', '2012-11-01']);
  });
});
