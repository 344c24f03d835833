const NAMES: Readonly<Record<string, string>> = {
  SPX: 'S&P 500',
  GSPC: 'S&P 500',
  DJI: 'Dow Jones Industrial Average',
  DJIA: 'Dow Jones Industrial Average',
  IXIC: 'Nasdaq Composite',
  COMP: 'Nasdaq Composite',
  NDX: 'Nasdaq-100',
  RUT: 'Russell 2000',
  VIX: 'Cboe Volatility Index',
};

/** The name a reader knows an index by (`SPX` → `S&P 500`); unknown symbols stay as they are. */
export function nameIndex(symbol: string): string {
  return NAMES[symbol] ?? symbol;
}
