import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// docs/output.md#numbers: in JSON, percentages (`...Pct`, `pct`, `pctFrom...`) and the RSI have at most
// 4 decimal places; every other number (prices, points, levels, averages) at most the data's own (the
// bundled files have at most 3: the Dow's 26,180.455); counts are integers. Decimals are read off the JSON
// text, not the product's rules.
const BUNDLED = ['spx', 'dji', 'ixic', 'rut', 'vix'];
const isPct = (key: string) => key === 'pct' || key === 'rsi14' || key.endsWith('Pct') || key.startsWith('pctFrom');

function decimalsOf(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY; // 1e-7 or 1.5e+21: a float tail or a wild value
  return text.includes('.') ? text.split('.')[1].length : 0;
}

function* numbers(value: unknown, key = ''): Generator<[string, number]> {
  if (typeof value === 'number') yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* numbers(v, key);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* numbers(v, k);
}

describe('numbers in JSON have no more decimals than documented', () => {
  for (const name of BUNDLED) {
    it(`compute fixtures/${name}.csv --format json (with the market context)`, () => {
      const r = runCli(['compute', `fixtures/${name}.csv`, '--format', 'json', '--target', '7000']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      let seen = 0;
      for (const [key, n] of numbers(doc.indexes)) {
        seen++;
        expect(decimalsOf(n), `${key}: ${n}`).toBeLessThanOrEqual(isPct(key) ? 4 : 3);
      }
      expect(seen).toBeGreaterThan(50);
    });
  }

  it('compare and drawdowns too', () => {
    for (const args of [['compare', ...BUNDLED.map((n) => `fixtures/${n}.csv`)], ['drawdowns', 'fixtures/spx.csv']]) {
      const doc = JSON.parse(runCli([...args, '--format', 'json']).stdout);
      for (const [key, n] of numbers(doc.indexes ?? doc.drawdowns ?? doc)) expect(decimalsOf(n), `${args[0]} ${key}: ${n}`).toBeLessThanOrEqual(isPct(key) ? 4 : 3);
    }
  });
});

describe('milestones quality lists every flagged row', () => {
  it('has the Dow’s 1979-06-02 Saturday row with its line number, as a weekend row and as a non-session', () => {
    // fixtures/SOURCES.md: dji.csv holds a spurious Saturday, 1979-06-02.
    const doc = JSON.parse(runCli(['quality', 'fixtures/dji.csv', '--format', 'json']).stdout);
    const findings = doc.indexes[0].findings.filter((f: { fromDate: string }) => f.fromDate === '1979-06-02');
    // Line 21804 is also flat (821.9 four times): a flat-row finding of its own.
    expect(findings.map((f: { kind: string }) => f.kind).sort()).toEqual(['flatRows', 'nonSessionRows', 'weekendRows']);
    expect(new Set(findings.map((f: { lines: number[] }) => f.lines.join()))).toEqual(new Set(['21804']));
  });

  it('compute puts the flagged rows in JSON warnings as objects, and one line per file on stderr', () => {
    const r = runCli(['compute', 'fixtures/dji.csv', '--format', 'json']);
    const weekend = JSON.parse(r.stdout).warnings.find((w: { kind: string }) => w.kind === 'weekendRows');
    expect(weekend.count).toBe(13);
    expect(weekend.rows).toContainEqual({ line: 21804, date: '1979-06-02' });
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('milestones quality fixtures/dji.csv');
  });
});

describe('a milestone gap that spans flagged rows says so', () => {
  it('the Dow’s 1,000 → 2,000: 3,574 rows, 3,573 trading days without the 1979-06-02 Saturday (the published count)', () => {
    const doc = JSON.parse(runCli(['compute', 'fixtures/dji.csv', '--format', 'json']).stdout);
    const gap = doc.indexes[0].milestones.find((m: { level: number }) => m.level === 2000);
    expect(gap.tradingDays).toBe(3574);
    expect(gap.gapNote).toBe('3,573 trading days without the weekend row of 1979-06-02');
    const table = runCli(['compute', 'fixtures/dji.csv', '--levels', '1000,2000,3000']).stdout;
    expect(table).toContain('3,574†');
    expect(table).toContain('† 2,000: 3,573 trading days without the weekend row of 1979-06-02');
  });

  it('a gap with no flagged row has no note; the S&P 500 has none at all', () => {
    const doc = JSON.parse(runCli(['compute', 'fixtures/spx.csv', '--format', 'json']).stdout);
    expect(doc.indexes[0].milestones.filter((m: { gapNote?: string | null }) => m.gapNote)).toEqual([]);
  });
});

describe('milestones quality lists all flagged rows, not the first 1,000', () => {
  it('has the S&P 500 flat rows from 1962 on, though the file has over 8,000 before them', () => {
    // The flat rows (open = high = low = close) from 1962 on, read off the fixture's text here.
    const text = readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8').split('\n');
    const expected = text.flatMap((row, k) => {
      const [date, open, high, low, close] = row.split(',');
      return date >= '1962-01-01' && Number(open) === Number(close) && Number(high) === Number(close) && Number(low) === Number(close) ? [k + 1] : [];
    });
    expect(expected.length).toBeGreaterThan(0);
    const doc = JSON.parse(runCli(['quality', 'fixtures/spx.csv', '--from', '1962-01-01', '-q', '--format', 'json']).stdout);
    const flat = doc.indexes[0].findings.filter((f: { kind: string }) => f.kind === 'flatRows');
    expect(flat.flatMap((f: { lines: number[] }) => f.lines)).toEqual(expected);
  });
});

describe('milestones quality --as-of', () => {
  it('checks the rows as if the file ended on that day: the Nasdaq to 1989 and to 1990', () => {
    // Read off fixtures/ixic.csv here: its rows to the end of 1989 and of 1990, and the lines of its flat rows from 1985 on.
    const rows = readFileSync(new URL('../../fixtures/ixic.csv', import.meta.url), 'utf8').trimEnd().split('\n').slice(1);
    const upTo = (end: string) => rows.filter((row) => row.split(',')[0] <= end);
    const flatLines = (end: string) =>
      rows.flatMap((row, k) => {
        const [date, open, high, low, close] = row.split(',');
        return date >= '1985-01-01' && date <= end && open === close && high === close && low === close ? [k + 2] : [];
      });
    for (const end of ['1989-12-31', '1990-12-31']) {
      const doc = JSON.parse(runCli(['quality', 'fixtures/ixic.csv', '--from', '1985-01-01', '--as-of', end, '--format', 'json']).stdout);
      const index = doc.indexes[0];
      expect(index.rows).toBe(upTo(end).length);
      expect(index.lastDate).toBe(upTo(end).at(-1)!.split(',')[0]);
      expect(index.findings.flatMap((f: { lines: number[] }) => f.lines)).toEqual(flatLines(end));
    }
    expect(flatLines('1989-12-31')).toHaveLength(1);
    expect(flatLines('1990-12-31')).toHaveLength(2);
  });
});

describe('milestones quality with no findings', () => {
  // Every NYSE session from Thursday 1999-12-16 to Wednesday 2000-01-05 (Friday 1999-12-24 was the
  // Christmas holiday), and a row on Saturday 1999-12-18 when `saturday` is set.
  const csv = (saturday: boolean) => {
    const dates = ['1999-12-16', '1999-12-17', ...(saturday ? ['1999-12-18'] : []), '1999-12-20', '1999-12-21', '1999-12-22', '1999-12-23'];
    dates.push('1999-12-27', '1999-12-28', '1999-12-29', '1999-12-30', '1999-12-31', '2000-01-03', '2000-01-04', '2000-01-05');
    return `Date,Close\n${dates.map((date, k) => `${date},${1400 + k}`).join('\n')}\n`;
  };
  /** The lines of the table output from "No findings" on, the last newline left out. */
  const noneLines = (stdout: string) => stdout.slice(stdout.indexOf('  No findings')).trimEnd().split('\n');
  const NONE = 'No findings: every row is on a session; every session in the span has a row.';

  it('says so in a line of at most 80 columns, wrapped to a narrower COLUMNS', () => {
    expect(noneLines(runCli(['quality', '-'], { input: csv(false) }).stdout)).toEqual([`  ${NONE}`]);
    expect(runCli(['quality', 'fixtures/rut.csv']).stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
    const narrow = noneLines(runCli(['quality', '-'], { input: csv(false), env: { COLUMNS: '40' } }).stdout);
    expect(narrow.length).toBeGreaterThan(1);
    for (const line of narrow) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(narrow.map((line) => line.trim()).join(' ')).toBe(NONE);
  });

  it('with --from, says the findings kept start that day: none since 2000-01-01, the Saturday before it left out', () => {
    const saturday = /^STDIN,nonSessionRows,1999-12-18,1999-12-18,1,4,/m;
    expect(runCli(['quality', '-', '--format', 'csv'], { input: csv(true) }).stdout).toMatch(saturday);
    expect(runCli(['quality', '-', '--format', 'csv', '--from', '1999-12-18'], { input: csv(true) }).stdout).toMatch(saturday);
    const since = noneLines(runCli(['quality', '-', '--from', '2000-01-01'], { input: csv(true) }).stdout);
    expect(since.map((line) => line.trim()).join(' ')).toBe('No findings since 2000-01-01: from then on, every row is on a session and every session has a row.');
  });
});
