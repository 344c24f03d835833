import type { InputWarning } from '../../src/errors.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { parseIsoDate } from '../../src/ingest/parseIsoDate.js';
import { QualityChecker, ROW_FLAG } from '../../src/ingest/QualityChecker.js';
import { readSeries } from '../helpers/readSeries.js';

type Row = [date: string, open: number, high: number, low: number, close: number];

/** Pushes rows (lines 2, 3, …) and returns each row's flags and the warnings. */
function check(rows: Row[]): { flags: number[]; messages: string[]; warnings: InputWarning[] } {
  const checker = new QualityChecker('f.csv');
  const flags = rows.map(([date, o, h, l, c], i) => checker.push(parseIsoDate(date)!, Float64Array.of(o, h, l, c), i + 2));
  const warnings = checker.finish();
  return { flags, messages: warnings.map((w) => `${w.line}: ${w.message}`), warnings };
}

describe('QualityChecker', () => {
  it('returns no flags and no warnings for ordinary weekday sessions', () => {
    const r = check([
      ['2026-01-26', 10, 11, 9, 10.5],
      ['2026-01-27', 10.5, 11.5, 10, 11],
      ['2026-01-28', 11, 12, 10.5, 11.2],
    ]);
    expect(r).toEqual({ flags: [0, 0, 0], messages: [], warnings: [] });
  });

  it('flags a high below the close and a low above it, keeping both rows', () => {
    const r = check([
      ['2026-01-26', 10, 9.9, 9, 10],
      ['2026-01-27', 10, 11, 10.2, 10.1],
    ]);
    expect(r.flags).toEqual([ROW_FLAG.badRange, ROW_FLAG.badRange]);
    expect(r.messages).toEqual([
      '2: 2 rows with high below close or low above close, kept: line 2 (2026-01-26: high 9.9 < close 10), line 3 (2026-01-27: low 10.2 > close 10.1)',
    ]);
  });

  it('flags Sundays in any year and Saturdays only after the last Saturday session, 1952-05-24', () => {
    const r = check([
      ['1952-05-24', 10, 11, 9, 10], // the NYSE's last Saturday session
      ['1952-05-25', 10, 11, 9, 10], // Sunday
      ['1952-05-31', 10, 11, 9, 10], // the next Saturday: closed, and every one after it
      ['1954-04-10', 10, 11, 9, 10], // Saturday
    ]);
    expect(r.flags).toEqual([0, ROW_FLAG.weekend, ROW_FLAG.weekend, ROW_FLAG.weekend]);
    expect(r.messages).toEqual([
      '3: 3 rows on a weekend (a Sunday, or a Saturday after 1952-05-24), kept: line 3 (1952-05-25, a Sunday), line 4 (1952-05-31, a Saturday), line 5 (1954-04-10, a Saturday)',
    ]);
  });

  it('summarises flat rows by their longest stretch and the other stretches', () => {
    const r = check([
      ['2026-01-05', 5, 5, 5, 5],
      ['2026-01-06', 5, 6, 4, 5],
      ['2026-01-07', 5, 5, 5, 5],
      ['2026-01-08', 5, 5, 5, 5],
      ['2026-01-09', 5, 5, 5, 5],
    ]);
    expect(r.flags).toEqual([ROW_FLAG.flat, 0, ROW_FLAG.flat, ROW_FLAG.flat, ROW_FLAG.flat]);
    expect(r.messages).toEqual([
      '2: 4 rows with no intraday range (open = high = low = close), kept: 3 in 2026-01-07..2026-01-09, 1 in 1 other stretch',
    ]);
    // Every flat row is listed (lines 2, 4, 5, 6), for `milestones quality`.
    expect(r.warnings[0].rows.map((row) => row.line)).toEqual([2, 4, 5, 6]);
    expect([r.warnings[0].kind, r.warnings[0].count]).toEqual(['flatRows', 4]);
  });

  it('flags a close at least 1.5 times above or below both neighbours, not a lasting move', () => {
    const r = check([
      ['2026-01-05', 100, 101, 99, 100],
      ['2026-01-06', 100, 1001, 99, 1000], // a slipped decimal
      ['2026-01-07', 100, 101, 99, 100],
      ['2026-01-08', 100, 101, 40, 60], // a crash that lasts
      ['2026-01-09', 60, 61, 59, 60],
    ]);
    expect(r.messages).toEqual(['3: 1 row with a close far out of line with both neighbours (1.5× or more), kept: line 3 (2026-01-06: close 1000 between 100 and 100)']);
  });
});

describe('data-quality warnings on the bundled Dow history (fixtures/SOURCES.md lists its defects)', () => {
  const text = readFileSync('fixtures/dji.csv', 'utf8');
  const read = readSeries(text, 'fixtures/dji.csv');
  // Each row's flags, from its cells as the file has them (plain, in date order, no missing values).
  const [header, ...lines] = text.trimEnd().split('\n');
  const at = (name: string): number => header.split(',').indexOf(name);
  const checker = new QualityChecker('fixtures/dji.csv');
  const rows = lines.map((line, i) => {
    const cells = line.split(',');
    const price = (name: string): number => Number(cells[at(name)]);
    const day = parseIsoDate(cells[at('date')])!;
    return { day, flags: checker.push(day, Float64Array.of(price('open'), price('high'), price('low'), price('close')), i + 2) };
  });
  const s = { days: rows.map((r) => r.day), flags: rows.map((r) => r.flags) };
  const flagOf = (iso: string): number => s.flags[s.days.indexOf(parseIsoDate(iso)!)];

  it('flags every spurious weekend row SOURCES.md lists', () => {
    const listed = ['1954-04-10', '1955-05-07', '1979-06-02', '1930-11-23', '1930-11-30', '1948-02-01', '1948-02-08', '1948-02-15', '1950-10-01', '1950-10-08', '1950-10-15', '1950-10-22', '1950-10-29'];
    for (const d of listed) expect(flagOf(d) & ROW_FLAG.weekend, d).toBe(ROW_FLAG.weekend);
    const weekend = s.days.filter((_, i) => (s.flags[i] & ROW_FLAG.weekend) !== 0);
    expect(weekend.map(isoFromDayNumber).sort(), 'and no other row').toEqual([...listed].sort());
  });

  it('flags the listed weekday-holiday rows, which are flat in an era of real ranges', () => {
    for (const d of ['1930-11-27', '1948-02-12', '1948-02-23', '1950-10-12']) expect(flagOf(d) & ROW_FLAG.flat, d).toBe(ROW_FLAG.flat);
  });

  it('reports the flat 1896-05-27 .. 1928-09-29 stretch (8,049 rows) in one line', () => {
    const flat = read.warnings.filter((w) => w.message.includes('open = high = low = close'));
    expect(flat).toHaveLength(1);
    expect(flat[0].message).toContain('8,049 in 1896-05-27..1928-09-29');
    expect(flat[0].line, 'the first flat row').toBe(2);
  });

  it('returns one warning per kind, not one per row', () => {
    expect(read.warnings.map((w) => w.message.replace(/[:;].*/, ''))).toEqual([
      '13 rows on a weekend (a Sunday, or a Saturday after 1952-05-24), kept',
      '8,066 rows with no intraday range (open = high = low = close), kept',
    ]);
  });
});
