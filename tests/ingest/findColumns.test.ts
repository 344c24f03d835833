import { describe, expect, it } from 'vitest';
import { findColumns } from '../../src/ingest/findColumns.js';

describe('findColumns', () => {
  it("reads Yahoo's starred headers: Close* is the close, Adj Close** is not", () => {
    const c = findColumns(['Date', 'Open', 'High', 'Low', 'Close*', 'Adj Close**', 'Volume'], 'y.csv', 1);
    expect([c.date, c.open, c.high, c.low, c.close, c.volume]).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it('cuts every trailing star, and only trailing ones, whatever their number', () => {
    const stars = '*'.repeat(200_000);
    expect(findColumns(['date', ` close${stars} `], 'f.csv', 1).close).toBe(1);
    expect(() => findColumns(['date', `close${stars}x`, 'high'], 'f.csv', 1)).toThrow(/no close column/);
  });
});
