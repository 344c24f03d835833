import { describe, expect, it } from 'vitest';
import { symbolFromPath } from '../../src/ingest/symbolFromPath.js';
import { findKnownIndex } from '../../src/registry/findKnownIndex.js';
import { indexLabel } from '../../src/registry/indexLabel.js';
import { isSymbolLike } from '../../src/registry/isSymbolLike.js';
import { KNOWN_INDEXES } from '../../src/registry/KNOWN_INDEXES.js';

describe('the index registry', () => {
  it('finds an index by any provider ticker, case-insensitively, with ^ $ . prefixes', () => {
    // Tickers as Yahoo, Schwab, Reuters, FRED and Nasdaq.com name them.
    for (const alias of ['^GSPC', '$SPX', '.INX', 'SPX', 'SP500', 'gspc']) expect(findKnownIndex(alias)?.name, alias).toBe('S&P 500');
    for (const alias of ['^DJI', 'DJIA', '$INDU', '.DJI']) expect(findKnownIndex(alias)?.name, alias).toBe('Dow Jones Industrial Average');
    for (const alias of ['^IXIC', 'COMP', 'NASDAQCOM']) expect(findKnownIndex(alias)?.name, alias).toBe('Nasdaq Composite');
    expect(findKnownIndex('^NDX')?.symbol).toBe('NDX');
    expect(findKnownIndex('^RUT')?.symbol).toBe('RUT');
    expect(findKnownIndex('^VIX')?.symbol).toBe('VIX');
    expect(findKnownIndex('VIXCLS')?.symbol).toBe('VIX');
    expect(findKnownIndex('^N225')?.name).toBe('Nikkei 225');
    expect(findKnownIndex('^FTSE')?.name).toBe('FTSE 100');
    expect(findKnownIndex('^GDAXI')?.name).toBe('DAX');
    expect(findKnownIndex('AAPL')).toBeNull();
  });

  it('resolves file names as providers save them', () => {
    expect(findKnownIndex(symbolFromPath('data/^GSPC.csv'))?.symbol).toBe('SPX');
    expect(findKnownIndex(symbolFromPath('SP500.csv'))?.symbol).toBe('SPX'); // FRED
    expect(findKnownIndex(symbolFromPath('NASDAQCOM.csv'))?.symbol).toBe('IXIC'); // FRED
    expect(findKnownIndex(symbolFromPath('HistoricalData_1769644800000.csv'))).toBeNull(); // Nasdaq.com
  });

  it('tells a symbol-like file name from a download name', () => {
    for (const stem of ['^GSPC', 'SP500', 'spx', 'NIKKEI225', 'STOXX50E', 'unparsable-price']) expect(isSymbolLike(stem), stem).toBe(true);
    for (const stem of ['HistoricalData_1769644800000', 'prices 2024-01-31', 'data (1)', '']) expect(isSymbolLike(stem), stem).toBe(false);
  });

  it('gives every alias to one index only, and has the indexes people track', () => {
    const seen = new Map<string, string>();
    for (const index of KNOWN_INDEXES) {
      for (const alias of index.aliases) {
        const key = alias.toUpperCase().replace(/^[\^$.]+/, '');
        expect(seen.get(key), `${alias} of ${index.symbol}`).toBeUndefined();
        seen.set(key, index.symbol);
      }
      expect(index.aliases).toContain(index.symbol);
      expect(index.shortName.length).toBeLessThanOrEqual(14);
      if (index.historyStart !== null) expect(index.historyStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const symbol of ['SPX', 'DJI', 'IXIC', 'NDX', 'RUT', 'MID', 'SML', 'VIX', 'FTSE', 'DAX', 'CAC', 'N225', 'HSI', 'SX5E']) {
      expect(KNOWN_INDEXES.some((i) => i.symbol === symbol), symbol).toBe(true);
    }
  });

  it('starts the histories on their published first days', () => {
    // The DJIA was first published on 1896-05-26; the Nasdaq Composite began at 100 on 1971-02-05;
    // the S&P 500's daily series (Yahoo ^GSPC, fixtures/spx.csv) on 1927-12-30; CBOE's VIX on 1990-01-02.
    expect(findKnownIndex('DJI')?.historyStart).toBe('1896-05-26');
    expect(findKnownIndex('IXIC')?.historyStart).toBe('1971-02-05');
    expect(findKnownIndex('SPX')?.historyStart).toBe('1927-12-30');
    expect(findKnownIndex('VIX')?.historyStart).toBe('1990-01-02');
  });

  it('labels an index by display name and the symbol as the data has it', () => {
    expect(indexLabel('SPX')).toBe('S&P 500 (SPX)');
    expect(indexLabel('^GSPC')).toBe('S&P 500 (^GSPC)');
    expect(indexLabel('DAX')).toBe('DAX');
    expect(indexLabel('DJI', true)).toBe('Dow Jones');
    expect(indexLabel('MYINDEX')).toBe('MYINDEX');
  });
});
