import { describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { InputError } from '../../src/errors.js';
import { readSeries } from '../helpers/readSeries.js';
import { sniffDialect } from '../../src/ingest/sniffDialect.js';

const read = (text: string, options = {}) => readSeries(text, 'f.csv', { symbol: 'X', ...options });
const dates = (text: string, options = {}) => Array.from(read(text, options).series[0].days, isoFromDayNumber);
const closes = (text: string, options = {}) => Array.from(read(text, options).series[0].close);
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('no error');
};

describe('sniffDialect', () => {
  const cases = [
    { sample: 'Date,Close\n2026-01-28,6978.03\n', want: { delimiter: ',', decimalComma: false } },
    { sample: '\ufeff"Date","Price"\n"01/28/2026","6,978.03"\n', want: { delimiter: ',', decimalComma: false } },
    { sample: 'Date;Close\n2026-01-28;6978.03\n', want: { delimiter: ';', decimalComma: false } },
    { sample: 'Datum;Schluss\n28.01.2026;6.978,03\n27.01.2026;6978,60\n', want: { delimiter: ';', decimalComma: true } },
    { sample: 'date\tclose\n2026-01-28\t6978,03\n', want: { delimiter: '\t', decimalComma: true } },
    { sample: 'Exceeded the daily hits limit', want: { delimiter: ',', decimalComma: false } },
  ];
  for (const c of cases) {
    it(`returns ${JSON.stringify(c.want)} for ${JSON.stringify(c.sample.slice(0, 30))}`, () => {
      expect(sniffDialect(c.sample)).toEqual(c.want);
    });
  }
});

describe('reader: dates', () => {
  it('returns the same days for every supported date shape', () => {
    const want = ['2026-01-27', '2026-01-28'];
    expect(dates('Date,Close\n2026-01-27,1\n2026-01-28,2\n')).toEqual(want);
    expect(dates('Date,Close\n2026-01-27T00:00:00Z,1\n2026-01-28 16:00:00,2\n')).toEqual(want);
    expect(dates('Date,Close\n1/27/2026,1\n1/28/2026,2\n')).toEqual(want);
    expect(dates('Date,Close\n01/27/26,1\n01/28/26,2\n')).toEqual(want);
    expect(dates('Date;Close\n27.01.2026;1\n28.01.2026;2\n')).toEqual(want);
    expect(dates('Date,Close\n"Jan 27, 2026",1\n"Jan 28, 2026",2\n')).toEqual(want);
    expect(dates('Date,Close\n27 Jan 2026,1\n28-Jan-2026,2\n')).toEqual(want);
  });

  it('settles day/month order from a later row whose day is above 12', () => {
    expect(dates('Date,Close\n01/02/2026,1\n13/02/2026,2\n'), 'day first').toEqual(['2026-02-01', '2026-02-13']);
    expect(dates('Date,Close\n01/02/2026,1\n01/13/2026,2\n'), 'month first').toEqual(['2026-01-02', '2026-01-13']);
  });

  it('returns an error naming both rows when the column mixes orders', () => {
    expect(errorOf(() => read('Date,Close\n13/01/2026,1\n01/14/2026,2\n'))).toBe(
      'f.csv:3: date "01/14/2026" contradicts the day/month order of "13/01/2026" on line 2',
    );
  });

  it('says why a date is refused: unknown form, a different form from the first date', () => {
    expect(errorOf(() => read('Date,Close\nyesterday,1\n'))).toBe(
      'f.csv:2: date "yesterday" is not a date in a known form (2026-01-28, 1/28/2026, 28.01.2026, Jan 28, 2026)',
    );
    expect(errorOf(() => read('Date,Close\n2026-01-02,1\n01/03/2026,2\n'))).toBe('f.csv:3: date "01/03/2026" is not written like the column\'s first date');
  });

  it('reads two-digit years as POSIX %y does (69–99 → 19xx)', () => {
    expect(dates('Date,Close\n12/31/68,1\n01/13/69,2\n')).toEqual(['1969-01-13', '2068-12-31']);
  });

  it('refuses dates that do not exist in any shape', () => {
    expect(errorOf(() => read('Date,Close\n02/30/2026,1\n'))).toBe('f.csv:2: date "02/30/2026" does not exist');
    expect(errorOf(() => read('Date;Close\n30.02.2026;1\n'))).toBe('f.csv:2: date "30.02.2026" does not exist');
    expect(errorOf(() => read('Date,Close\n"Feb 30, 2026",1\n'))).toBe('f.csv:2: date "Feb 30, 2026" does not exist');
  });
});

describe('reader: prices and columns', () => {
  it('uses Close, never Adj Close, whichever comes first', () => {
    expect(closes('Date,Adj Close,Close\n2026-01-28,3000,6978.03\n')).toEqual([6978.03]);
    expect(closes('Date,Close,Adj Close\n2026-01-28,6978.03,3000\n')).toEqual([6978.03]);
  });

  it('reads $ prices, thousands separators and decimal commas', () => {
    expect(closes('Date,Close/Last\n01/28/2026,$6978.03\n')).toEqual([6978.03]);
    expect(closes('"Date","Price"\n"01/28/2026","6,978.03"\n')).toEqual([6978.03]);
    expect(closes('Datum;Schluss\n28.01.2026;6.978,03\n29.01.2026;6969,01\n')).toEqual([6978.03, 6969.01]);
  });

  it('refuses a comma that does not group thousands in a decimal-point file', () => {
    expect(errorOf(() => read('"Date","Close"\n"2026-01-28","6978,03"\n'))).toBe('f.csv:2: close "6978,03" is not a number');
  });

  it('takes the value column of a two-column FRED file as the close', () => {
    expect(closes('observation_date,SP500\n2026-01-28,6978.03\n')).toEqual([6978.03]);
  });

  it('skips the Ticker and Date lines of a yfinance header', () => {
    expect(closes('Price,Close,High\nTicker,^GSPC,^GSPC\nDate,,\n2026-01-28,6978.03,7002.28\n')).toEqual([6978.03]);
  });

  it('reads quoted fields with doubled quotes and CRLF endings', () => {
    const r = read('"Date","Close","Note"\r\n"2026-01-28","6978.03","a ""b"", c"\r\n');
    expect(Array.from(r.series[0].close)).toEqual([6978.03]);
  });
});

describe('reader: missing values, duplicates and --strict', () => {
  it('skips every missing-value marker as a non-session, in one warning', () => {
    const text = 'Date,Close\n2026-01-26,1\n2026-01-27,\n2026-01-28,.\n2026-01-29,null\n2026-01-30,NaN\n2026-02-02,-\n2026-02-03,n/a\n2026-02-04,2\n';
    const r = read(text);
    expect(r.series[0].length).toBe(2);
    expect(r.warnings).toMatchObject([
      { kind: 'missingClose', source: 'f.csv', line: 3, count: 6, message: '6 rows with no close (empty, ".", "null", …) skipped as not sessions, first on line 3' },
    ]);
    expect(r.warnings[0].rows.map((row) => row.line), 'every row without a close, listed').toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('drops identical duplicates with one summary warning', () => {
    const r = read('Date,Close\n2026-01-27,1\n2026-01-27,1\n2026-01-28,2\n2026-01-28,2\n');
    expect(r.series[0].length).toBe(2);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '2 duplicate rows dropped (same date and prices as an earlier row): line 3 repeats line 2 (2026-01-27), line 5 repeats line 4 (2026-01-28)',
    ]);
  });

  it('turns a warning into an error with --strict', () => {
    expect(errorOf(() => read('Date,Close\n2026-01-27,1\n2026-01-27,1\n', { strict: true }))).toBe(
      'f.csv:3: duplicate row dropped (same date and prices as an earlier row): line 3 repeats line 2 (2026-01-27) (an error with --strict)',
    );
  });

  it('refuses a line longer than 64 MiB, naming its line, rather than hold it all', () => {
    const long = 'x'.repeat(64 * 2 ** 20 + 1);
    expect(errorOf(() => read(`Date,Close\n2026-01-27,1\n${long}`))).toBe('f.csv:3: line longer than 64 MiB: not a CSV of daily prices');
    expect(read(`Date,Close\n2026-01-27,1\n${long.slice(0, 2 ** 20)}y,2\n`, { skipBadRows: true }).series[0].length, 'a 1 MiB line is read').toBe(1);
  });
});
