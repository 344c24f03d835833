import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/runCli.js';

// The published counts (Dow Jones Market Data via news reports, see tests/e2e/publishedFigures.test.ts)
// counted as NYSE sessions; other counts worked out by hand from a printed calendar.

type Row = { level: number; tradingDays: number | null; gapNote?: string | null };
const gapTo = (index: { milestones: Row[] }, level: number): Row => {
  const row = index.milestones.find((m) => m.level === level);
  if (row === undefined) throw new Error(`no level ${level}`);
  return row;
};

describe('compute --calendar nyse on the bundled S&P 500 history', () => {
  const spx = runJson(['compute', 'fixtures/spx.csv', '--calendar', 'nyse']).indexes[0];

  it('returns the published trading-day gaps, with no notes (the file holds exactly the sessions)', () => {
    expect(gapTo(spx, 2000).tradingDays, '1,000 → 2,000').toBe(4168);
    expect(gapTo(spx, 5000).tradingDays, '4,000 → 5,000').toBe(719);
    expect(gapTo(spx, 6000).tradingDays, '5,000 → 6,000').toBe(190);
    expect(spx.milestones.every((m: Row) => m.gapNote === null)).toBe(true);
    expect(spx.calendar).toBe('nyse');
  });

  it('returns 7,000 pending at 302 sessions on 2026-01-28', () => {
    const asOf = runJson(['compute', 'fixtures/spx.csv', '--calendar', 'nyse', '--as-of', '2026-01-28']).indexes[0];
    expect(gapTo(asOf, 7000).tradingDays).toBe(302);
  });
});

describe('compute --calendar nyse on the bundled Dow history', () => {
  const dji = runJson(['compute', 'fixtures/dji.csv', '--calendar', 'nyse']).indexes[0];

  it('returns the published gaps from the previous 1,000', () => {
    const published: [number, number][] = [[3000, 1080], [5000, 189], [6000, 226], [12000, 1879], [15000, 1460], [18000, 120], [20000, 42], [26000, 8], [30000, 218], [35000, 69]];
    expect(published.map(([level]) => gapTo(dji, level).tradingDays)).toEqual(published.map(([, days]) => days));
  });

  it("returns the published 3,573 sessions from 1,000 to 2,000, and notes the spurious Saturday row that rows would count", () => {
    expect(gapTo(dji, 2000).tradingDays).toBe(3573);
    expect(gapTo(dji, 2000).gapNote).toBe('gap spans 1 non-session row (1979-06-02)');
    const byRows = runJson(['compute', 'fixtures/dji.csv']).indexes[0];
    expect(gapTo(byRows, 2000).tradingDays, 'row counting').toBe(3574);
    // Without a calendar the data-quality checks still see the Saturday (a weekend row after 1952-05-24).
    expect(gapTo(byRows, 2000).gapNote).toBe('3,573 trading days without the weekend row of 1979-06-02');
    expect(byRows.calendar).toBeUndefined();
  });

  it('adds one with --inclusive', () => {
    const inc = runJson(['compute', 'fixtures/dji.csv', '--calendar', 'nyse', '--inclusive', '--levels', '1000,2000']).indexes[0];
    expect(gapTo(inc, 2000).tradingDays).toBe(3574);
  });

  it('notes the gap in the table, markdown and CSV', () => {
    const table = runCli(['compute', 'fixtures/dji.csv', '--calendar', 'nyse', '--levels', '1000,2000,3000', '-q']).stdout;
    expect(table).toContain('3,573†');
    expect(table).toContain('† 2,000: gap spans 1 non-session row (1979-06-02)');
    expect(table).toContain('Trading days: NYSE sessions (--calendar nyse), not rows');
    const markdown = runCli(['compute', 'fixtures/dji.csv', '--calendar', 'nyse', '--levels', '1000,2000', '--format', 'markdown', '-q']).stdout;
    expect(markdown).toContain('† 2,000: gap spans 1 non-session row (1979-06-02)');
    const csv = runCli(['compute', 'fixtures/dji.csv', '--calendar', 'nyse', '--levels', '1000,2000', '--format', 'csv', '-q']).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions,gapNote');
    expect(csv[2]).toMatch(/^DJI,2000,confirmed,.*,3573,5168,1,gap spans 1 non-session row \(1979-06-02\)$/);
  });

  it('notes missing sessions in a gap', () => {
    // Levels 1,411 and 1,420 of the hand-made file: first closes 2012-10-25 (1,412.97) and 2012-11-06
    // (1,428.39); sessions after 10-25 up to 11-06: 10-26, 10-31, 11-01, 11-02, 11-05, 11-06.
    const doc = runJson(['compute', 'fixtures/calendar/sandy-2012.csv', '--calendar', 'nyse', '--levels', '1411,1420', '-q']).indexes[0];
    expect(gapTo(doc, 1420).tradingDays).toBe(6);
    expect(gapTo(doc, 1420).gapNote).toBe(
      'gap spans 2 non-session rows (2012-10-27, 2012-10-29); gap spans 2 missing sessions (2012-11-01 to 2012-11-02)',
    );
  });
});

describe('milestones sessions', () => {
  it('prints the sessions after FROM up to TO', () => {
    expect(runCli(['sessions', '1972-11-14', '1987-01-08']).stdout).toBe('3573\n');
    expect(runCli(['sessions', '2024-02-09', '2024-11-11']).stdout).toBe('190\n');
    // 2025-01-02, 03, 06, 07, 08, 10 (New Year's Day and the Carter day of mourning closed).
    expect(runCli(['sessions', '2024-12-31', '2025-01-10']).stdout).toBe('6\n');
    expect(runCli(['sessions', '2025-01-10', '2025-01-10']).stdout).toBe('0\n');
  });

  it('counts both ends with --inclusive', () => {
    expect(runCli(['sessions', '2024-02-09', '2024-11-11', '--inclusive']).stdout).toBe('191\n');
  });

  it('refuses dates in the wrong order, outside the calendar, or malformed (exit 2)', () => {
    const backwards = runCli(['sessions', '2025-01-10', '2025-01-09']);
    expect([backwards.code, backwards.stderr]).toEqual([2, 'milestones: TO 2025-01-09 is before FROM 2025-01-10\n']);
    const outside = runCli(['sessions', '1880-01-01', '2025-01-09']);
    expect([outside.code, outside.stderr]).toEqual([2, 'milestones: FROM 1880-01-01 is outside the NYSE calendar (1885-01-01 to 2035-12-31)\n']);
    expect(runCli(['sessions', '2025-13-01', '2025-01-09']).code).toBe(2);
    expect(runCli(['sessions', '2025-01-01', '2025-01-09', '--calendar', 'lse']).code).toBe(2);
  });
});

describe('milestones quality', () => {
  it('lists rows on non-sessions with their lines, and missing sessions, as stretches (JSON)', () => {
    const doc = runJson(['quality', 'fixtures/calendar/sandy-2012.csv', '-q']);
    expect(doc.indexes[0]).toMatchObject({ symbol: 'SANDY-2012', calendar: 'nyse', firstDate: '2012-10-24', lastDate: '2012-11-06', rows: 8 });
    expect(doc.indexes[0].findings).toEqual([
      { kind: 'nonSessionRows', fromDate: '2012-10-27', toDate: '2012-10-29', count: 2, lines: [5, 6], note: 'Saturday, Hurricane Sandy' },
      { kind: 'missingSessions', fromDate: '2012-11-01', toDate: '2012-11-02', count: 2, lines: [], note: '' },
      // The data-quality checks flag the Saturday on their own (weekendRows), calendar or not.
      { kind: 'weekendRows', fromDate: '2012-10-27', toDate: '2012-10-27', count: 1, lines: [5], note: '' },
    ]);
  });

  it('writes one CSV line per finding', () => {
    const r = runCli(['quality', 'fixtures/calendar/sandy-2012.csv', '--format', 'csv', '-q']);
    expect(r.stdout).toBe(
      'symbol,kind,fromDate,toDate,count,lines,note\n' +
        'SANDY-2012,nonSessionRows,2012-10-27,2012-10-29,2,5 6,"Saturday, Hurricane Sandy"\n' +
        'SANDY-2012,missingSessions,2012-11-01,2012-11-02,2,,\n' +
        'SANDY-2012,weekendRows,2012-10-27,2012-10-27,1,5,\n',
    );
  });

  it('prints a table with the totals', () => {
    const r = runCli(['quality', 'fixtures/calendar/sandy-2012.csv', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rows on non-sessions');
    expect(r.stdout).toContain('2 rows on days that were not sessions; 2 sessions missing');
  });

  it('finds the three spurious Dow Saturdays after 1952, and nothing in the S&P 500', () => {
    const dji = runJson(['quality', 'fixtures/dji.csv', '--from', '1953-01-01', '-q']).indexes[0];
    const calendarRows = dji.findings.filter((f: { kind: string }) => f.kind === 'nonSessionRows' || f.kind === 'missingSessions');
    expect(calendarRows.map((f: { fromDate: string; lines: number[] }) => [f.fromDate, f.lines])).toEqual([
      ['1954-04-10', [15491]],
      ['1955-05-07', [15763]],
      ['1979-06-02', [21804]],
    ]);
    const spx = runJson(['quality', 'fixtures/spx.csv', '--from', '1953-01-01', '-q']).indexes[0];
    expect(spx.findings.filter((f: { kind: string }) => f.kind === 'nonSessionRows' || f.kind === 'missingSessions')).toEqual([]);
  });
});
