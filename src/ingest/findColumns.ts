import { InputError, quote } from '../errors.js';

/** Positions of the known columns in a header; -1 when absent. */
export interface ColumnMap {
  readonly date: number;
  readonly close: number;
  readonly high: number;
  readonly low: number;
  readonly open: number;
  readonly volume: number;
  /** A `symbol`, `ticker` or `index` column: the file holds several indexes (long format). */
  readonly symbol: number;
  /**
   * yfinance's three-line header (`Price,Close,…` / `Ticker,^GSPC,…` / `Date,,,…`): the date is the
   * first column and the `Ticker` and `Date` lines that follow the header are not data.
   */
  readonly yfinance: boolean;
  /** A known column's name the header has twice (a second `close`), 1-based positions; the first is read. */
  readonly repeated: { readonly name: string; readonly first: number; readonly again: number } | null;
}

/**
 * Header names of each column, matched case-insensitively after trimming spaces and trailing `*`s.
 * German names cover European exports. `Adj Close` is deliberately absent: an adjusted close is not the index level.
 */
const NAMES = {
  date: ['date', 'observation_date', 'datetime', 'timestamp', 'time', 'day', 'trade date', 'datum'],
  close: ['close', 'close/last', 'last', 'price', 'close price', 'closing price', 'schluss', 'schlusskurs'],
  high: ['high', 'hoch'],
  low: ['low', 'tief'],
  open: ['open', 'eröffnung', 'erster'],
  volume: ['volume', 'vol.', 'vol'],
  symbol: ['symbol', 'ticker', 'index'],
} as const;

const KNOWN: ReadonlySet<string> = new Set(Object.values(NAMES).flat());

/** The first known column name `names` (normalised) repeat, with both 1-based positions; `null` when none. */
function firstRepeat(names: readonly string[], header: readonly string[]): ColumnMap['repeated'] {
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    if (!KNOWN.has(names[i])) continue;
    const first = seen.get(names[i]);
    if (first !== undefined) return { name: header[i].trim(), first: first + 1, again: i + 1 };
    seen.set(names[i], i);
  }
  return null;
}

/** Normalised header name: `" Close* "` → `close`. */
function normalise(name: string): string {
  // Trailing `*`s cut by a loop: the pattern /\*+$/ takes quadratic time on a long run of `*`s
  // followed by anything else (200,000 of them: half a minute).
  let text = name.trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 42) end--;
  if (end < text.length) text = text.slice(0, end);
  return text.trim().toLowerCase();
}

/**
 * Maps header fields to columns. A two-column header whose second column is not a known name
 * (FRED's `observation_date,SP500`; not `Date,Open`) takes that column as the close. Throws when there is no date or
 * close column, listing the columns found.
 */
export function findColumns(header: readonly string[], source: string, line: number): ColumnMap {
  const names = header.map(normalise);
  const find = (key: keyof typeof NAMES): number => {
    for (const alias of NAMES[key]) {
      const at = names.indexOf(alias);
      if (at >= 0) return at;
    }
    return -1;
  };
  let date = find('date');
  let close = find('close');
  const yfinance = date < 0 && names[0] === 'price' && close > 0;
  if (yfinance) date = 0;
  if (close < 0 && date >= 0 && names.length === 2 && names[1 - date] !== '' && !names[1 - date].startsWith('adj') && !KNOWN.has(names[1 - date])) {
    close = 1 - date;
  }
  const missing = [date < 0 ? 'date' : '', close < 0 ? 'close' : ''].filter((k) => k !== '');
  if (missing.length > 0) {
    const shown = header.slice(0, 12).map((h) => quote(h.trim()));
    const found = header.length > 12 ? `${shown.join(', ')} and ${header.length - 12} more` : shown.join(', ');
    const adjusted = close < 0 && names.some((n) => n.startsWith('adj')) ? '; an adjusted close is not the index level' : '';
    throw new InputError(source, line, `no ${missing.join(' or ')} column (found ${found}${adjusted})`);
  }
  const repeated = firstRepeat(names, header);
  if (yfinance && repeated !== null) {
    // `yf.download([...])` writes a column per ticker and price: reading one ticker's would drop the others.
    throw new InputError(source, line, `a yfinance download of several tickers (column ${quote(repeated.name)} appears more than once): save one ticker a file`);
  }
  return { date, close, high: find('high'), low: find('low'), open: find('open'), volume: find('volume'), symbol: find('symbol'), yfinance, repeated };
}
