/** Longest file-name stem taken for a symbol: ticker-like names are short (`NASDAQCOM`, `^GSPC`). */
const MAX_SYMBOL_LENGTH = 24;
/** Most digits in a symbol (`NIKKEI225`, `STOXX50E`); a download's name carries a date or a counter. */
const MAX_SYMBOL_DIGITS = 4;

/**
 * Whether a file-name stem can be an index's symbol: `^GSPC`, `SP500`, `spx` yes;
 * `HistoricalData_1769644800000` (a Nasdaq.com download), `prices 2024-01-31`, `data (1)` no.
 */
export function isSymbolLike(stem: string): boolean {
  const digits = stem.replace(/\D/g, '').length;
  return stem.length > 0 && stem.length <= MAX_SYMBOL_LENGTH && digits <= MAX_SYMBOL_DIGITS && /^[\w^$.&=-]+$/.test(stem);
}
