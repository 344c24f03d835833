import { toValidDayNumber } from '../calendar/dayNumber.js';
import { InputError, quote } from '../errors.js';
import { isTimeOfDay } from './isTimeOfDay.js';
import { parseIsoDate } from './parseIsoDate.js';

/**
 * Order of the parts of a numeric date: `01/02/2024` is 2 January (mdy) or 1 February (dmy);
 * `24/01/02`, with a two-digit year, may also be 2 January 2024 (ymd, the short form of East Asian locales).
 */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(.*)$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads one file's date column. Every date must have the shape of the first: ISO `2026-01-28`
 * (optionally with a time), numeric `1/28/2026`, `01/28/26`, `28.01.2026`, or named `Jan 28, 2026`.
 *
 * Numeric dates whose order is not given are settled from the whole column: a first part above 12
 * means day first, a second part above 12 means month first. With two-digit years a column that
 * reads as day first may be year first (`24/01/02`) just as well: unless some date rules that out,
 * the order must be given. Until `settle`, `read` returns a code (`year × 10000 + first × 100 +
 * second`) rather than a day number; `decode` turns it into one. Two-digit years follow POSIX `%y`:
 * 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
export class DateColumn {
  private shape: 'iso' | 'numeric' | 'named' | null = null;
  private separator = '';
  /** How the first numeric date wrote its year (2 or 4 digits): every date of the column writes it so. */
  private yearDigits = 0;
  private dayFirst: { line: number; text: string } | null = null;
  private monthFirst: { line: number; text: string } | null = null;
  private firstAmbiguous: { line: number; text: string } | null = null;
  /** Whether every numeric date so far also reads as year/month/day (two-digit years first). */
  private yearFirst = true;

  constructor(private readonly order: DateOrder | undefined) {}

  /** Whether the column's dates are ISO (`read` is then `parseIsoDate`). */
  get isIso(): boolean {
    return this.shape === 'iso';
  }

  /** Whether `read` returns codes that need `decode` after `settle`. */
  get deferred(): boolean {
    return this.shape === 'numeric' && this.order === undefined;
  }

  /** Day number (or code, see class doc) of `text`, or `null` when it is not a valid date of this column. */
  read(text: string, line: number): number | null {
    if (this.shape === null) {
      this.shape = shapeOf(text);
      if (this.shape === null) return null;
    }
    if (this.shape === 'iso') return parseIsoDate(text);
    if (this.shape === 'named') return readNamed(text);
    const m = numericDate(text);
    if (m === null) return null;
    if (this.separator === '') (this.separator = m[2]), (this.yearDigits = m[4].length);
    else if (m[2] !== this.separator || m[4].length !== this.yearDigits) return null;
    const code = codeOf(m);
    const a = Math.floor(code / 100) % 100;
    const b = code % 100;
    const year = Math.floor(code / 10000);
    if (this.order !== undefined) return decodeDate(code, this.order, m[4].length);
    if (this.yearFirst && decodeDate(code, 'ymd', m[4].length) === null) this.yearFirst = false;
    if (a > 12 && b > 12) return null;
    if (a > 12) {
      this.dayFirst ??= { line, text };
      if (toValidDayNumber(year, b, a) === null) return null;
    } else if (b > 12) {
      this.monthFirst ??= { line, text };
      if (toValidDayNumber(year, a, b) === null) return null;
    } else {
      if (a < 1 || b < 1) return null;
      this.firstAmbiguous ??= { line, text };
    }
    return code;
  }

  /** Why `read` refused `text`, for the error message. */
  explain(text: string): string {
    const after = dateThenText(text);
    if (after !== null) return `date ${quote(text)} has ${quote(after)} after the date, not a time of day`;
    const shape = shapeOf(text) ?? (/^\d{4}-\d\d-\d\d(?:$|[T ])/.test(text) ? 'iso' : null);
    if (shape === null) return `date ${quote(text)} is not a date in a known form (2026-01-28, 1/28/2026, 28.01.2026, Jan 28, 2026)`;
    const m = numericDate(text);
    const sameShape = shape === this.shape && (m === null || this.separator === '' || (m[2] === this.separator && m[4].length === this.yearDigits));
    if (this.shape !== null && !sameShape) return `date ${quote(text)} is not written like the column's first date`;
    if (m !== null && this.order !== 'ymd' && m[4].length === 2 && decodeDate(codeOf(m), 'ymd', 2) !== null) {
      return `date ${quote(text)} does not exist with the year last; if the year comes first, pass --date-order ymd`;
    }
    return `date ${quote(text)} does not exist`;
  }

  /** The order of deferred numeric dates, from the column's evidence; throws when it is conflicting or absent. */
  settle(source: string): DateOrder {
    const { dayFirst, monthFirst } = this;
    if (dayFirst !== null && monthFirst !== null) {
      const [x, y] = dayFirst.line < monthFirst.line ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
      throw new InputError(source, y.line, `date ${quote(y.text)} contradicts the day/month order of ${quote(x.text)} on line ${x.line}`);
    }
    if (monthFirst !== null) return 'mdy';
    if (dayFirst === null && this.separator !== '.') {
      const first = this.firstAmbiguous;
      const [orders, options] = this.yearFirst
        ? ['month/day/year, day/month/year or year/month/day', '--date-order mdy, dmy or ymd']
        : ['month/day or day/month', '--date-order mdy or --date-order dmy'];
      throw new InputError(source, first?.line ?? null, `dates like ${quote(first?.text ?? '')} could be ${orders} and no day above 12 settles it: pass ${options}`);
    }
    // Day first (a first part above 12, or dotted dates), unless each date reads as well year first.
    if (!this.yearFirst) return 'dmy';
    const seen = dayFirst ?? this.firstAmbiguous;
    throw new InputError(
      source,
      seen?.line ?? null,
      `dates like ${quote(seen?.text ?? '')} could be day/month/year or year/month/day (two-digit years): pass --date-order dmy or --date-order ymd`,
    );
  }
}

/**
 * Day number of a code from `DateColumn.read` under `order`; `null` when no such date exists.
 * `yearDigits`: how the last part was written (year first needs it as two digits, the day).
 */
export function decodeDate(code: number, order: DateOrder, yearDigits = 2): number | null {
  const year = Math.floor(code / 10000);
  const a = Math.floor(code / 100) % 100;
  const b = code % 100;
  if (order === 'mdy') return toValidDayNumber(year, a, b);
  if (order === 'dmy') return toValidDayNumber(year, b, a);
  return yearDigits === 2 ? toValidDayNumber(expandYear(a), b, year % 100) : null;
}

/** The shape of the column's first date; `null` (shape still open) when `text` has none. */
function shapeOf(text: string): 'iso' | 'numeric' | 'named' | null {
  if (parseIsoDate(text) !== null) return 'iso';
  if (numericDate(text) !== null) return 'numeric';
  if (MONTH_DAY_YEAR.test(text) || DAY_MONTH_YEAR.test(text)) return 'named';
  return null;
}

/** The code of a numeric date's parts (`numericDate`): `year × 10000 + first × 100 + second`, a two-digit year expanded. */
function codeOf(m: RegExpExecArray): number {
  const year = m[4].length === 2 ? expandYear(Number(m[4])) : Number(m[4]);
  return year * 10000 + Number(m[1]) * 100 + Number(m[3]);
}

/** The parts of a numeric date (`1/28/2026`, optionally with a time of day), or `null`. */
function numericDate(text: string): RegExpExecArray | null {
  const m = NUMERIC.exec(text);
  return m !== null && isTimeOfDay(m[5]) ? m : null;
}

/** The text after a date at the start of `text` that is not a time of day (`2021-03-15 garbage`); `null` otherwise. */
function dateThenText(text: string): string | null {
  const m = /^(?:\d{4}-\d\d-\d\d|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d))(.+)$/.exec(text);
  return m !== null && !isTimeOfDay(m[2]) ? m[2] : null;
}

function expandYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function readNamed(text: string): number | null {
  let m = MONTH_DAY_YEAR.exec(text);
  if (m !== null) return namedDay(Number(m[3]), m[1], Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m !== null) return namedDay(Number(m[3]), m[2], Number(m[1]));
  return null;
}

function namedDay(year: number, monthName: string, day: number): number | null {
  const name = monthName.toLowerCase();
  const month = MONTHS.indexOf(name.slice(0, 3)) + 1;
  if (month === 0 || !(name.length === 3 || FULL_MONTHS[month - 1].startsWith(name))) return null;
  return toValidDayNumber(year, month, day);
}
