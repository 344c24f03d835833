import { InputError } from '../errors.js';

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
}

const NAMES: Record<keyof ColumnMap, readonly string[]> = {
  date: ['date'],
  close: ['close'],
  high: ['high'],
  low: ['low'],
  open: ['open'],
  volume: ['volume'],
  symbol: ['symbol', 'ticker', 'index'],
};

/** Maps header fields (matched case-insensitively, surrounding spaces ignored) to columns. */
export function findColumns(header: readonly string[], source: string, line: number): ColumnMap {
  const names = header.map((h) => h.trim().toLowerCase());
  const find = (key: keyof ColumnMap): number => {
    for (const alias of NAMES[key]) {
      const at = names.indexOf(alias);
      if (at >= 0) return at;
    }
    return -1;
  };
  const map: ColumnMap = {
    date: find('date'),
    close: find('close'),
    high: find('high'),
    low: find('low'),
    open: find('open'),
    volume: find('volume'),
    symbol: find('symbol'),
  };
  const missing = (['date', 'close'] as const).filter((k) => map[k] < 0);
  if (missing.length > 0) {
    const found = header.map((h) => JSON.stringify(h.trim())).join(', ');
    throw new InputError(source, line, `no ${missing.join(' or ')} column (found ${found})`);
  }
  return map;
}
