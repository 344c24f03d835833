import type { KnownIndex } from './KnownIndex.type.js';

/**
 * The indexes people track. Pure data: `SOURCES.md` beside this file says where each
 * `historyStart` comes from; `docs/indexes.md` lists them for users. An alias belongs to one index
 * only (a test checks).
 */
export const KNOWN_INDEXES: readonly KnownIndex[] = [
  {
    symbol: 'SPX',
    name: 'S&P 500',
    shortName: 'S&P 500',
    aliases: ['SPX', 'GSPC', 'INX', 'SP500'],
    historyStart: '1927-12-30',
  },
  {
    symbol: 'DJI',
    name: 'Dow Jones Industrial Average',
    shortName: 'Dow Jones',
    aliases: ['DJI', 'DJIA', 'INDU'],
    historyStart: '1896-05-26',
  },
  {
    symbol: 'IXIC',
    name: 'Nasdaq Composite',
    shortName: 'Nasdaq Comp.',
    aliases: ['IXIC', 'COMP', 'COMPX', 'NASDAQCOM', 'NDQ', 'CCMP'],
    historyStart: '1971-02-05',
  },
  {
    symbol: 'NDX',
    name: 'Nasdaq-100',
    shortName: 'Nasdaq-100',
    aliases: ['NDX', 'NASDAQ100'],
    historyStart: '1985-01-31',
  },
  {
    symbol: 'RUT',
    name: 'Russell 2000',
    shortName: 'Russell 2000',
    aliases: ['RUT', 'RTY', 'RUSSELL2000'],
    historyStart: '1978-12-29',
  },
  {
    symbol: 'MID',
    name: 'S&P MidCap 400',
    shortName: 'S&P 400',
    aliases: ['MID', 'SP400'],
    historyStart: '1990-12-31',
  },
  {
    symbol: 'SML',
    name: 'S&P SmallCap 600',
    shortName: 'S&P 600',
    aliases: ['SML', 'SP600', 'SPCY'],
    historyStart: '1994-10-28',
  },
  {
    symbol: 'VIX',
    name: 'Cboe Volatility Index',
    shortName: 'VIX',
    aliases: ['VIX', 'VIXCLS'],
    historyStart: '1990-01-02',
  },
  {
    symbol: 'FTSE',
    name: 'FTSE 100',
    shortName: 'FTSE 100',
    aliases: ['FTSE', 'UKX', 'FTSE100'],
    historyStart: '1983-12-30',
  },
  {
    symbol: 'DAX',
    name: 'DAX',
    shortName: 'DAX',
    aliases: ['DAX', 'GDAXI', 'DAX40'],
    historyStart: '1987-12-30',
  },
  {
    symbol: 'CAC',
    name: 'CAC 40',
    shortName: 'CAC 40',
    aliases: ['CAC', 'FCHI', 'CAC40', 'PX1'],
    historyStart: '1987-12-31',
  },
  {
    symbol: 'N225',
    name: 'Nikkei 225',
    shortName: 'Nikkei 225',
    aliases: ['N225', 'NKY', 'NKX', 'NIKKEI225', 'NIKKEI'],
    historyStart: '1949-05-16',
  },
  {
    symbol: 'HSI',
    name: 'Hang Seng Index',
    shortName: 'Hang Seng',
    aliases: ['HSI', 'HANGSENG'],
    historyStart: '1964-07-31',
  },
  {
    symbol: 'SX5E',
    name: 'Euro Stoxx 50',
    shortName: 'Euro Stoxx 50',
    aliases: ['SX5E', 'STOXX50E', 'STOXX50', 'ESTX50'],
    historyStart: '1986-12-31',
  },
  {
    symbol: 'SPTSX',
    name: 'S&P/TSX Composite',
    shortName: 'S&P/TSX',
    aliases: ['SPTSX', 'GSPTSE', 'TSX', 'OSPTX'],
    historyStart: null,
  },
];
