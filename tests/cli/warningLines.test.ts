import { describe, expect, it } from 'vitest';
import { warningLines } from '../../src/cli/warningLines.js';
import type { InputWarning } from '../../src/errors.js';

const rows = (n: number) => Array.from({ length: n }, (_, k) => ({ line: k + 2, date: null }));

describe('warningLines', () => {
  it('gives a file with one warning its message, naming the line', () => {
    const w: InputWarning = { kind: 'weekendRows', source: 'a.csv', line: 7, count: 1, rows: rows(1), message: '1 row on a weekend …' };
    expect(warningLines([w])).toEqual(['a.csv:7: 1 row on a weekend …']);
  });

  it('counts the rows of each kind of a file with several, and keeps the others whole', () => {
    const warnings: InputWarning[] = [
      { kind: 'fileNameNotSymbol', source: 'HistoricalData_1769644800000.csv', line: null, count: 1, rows: [], message: 'cannot tell the index from the file name; pass --symbol' },
      { kind: 'flatRows', source: 'HistoricalData_1769644800000.csv', line: 2, count: 3, rows: rows(3), message: '…' },
      { kind: 'flatRows', source: 'HistoricalData_1769644800000.csv', line: 9, count: 1_200, rows: rows(1_000), message: '…' },
      { kind: 'weekendRows', source: 'HistoricalData_1769644800000.csv', line: 4, count: 2, rows: rows(2), message: '…' },
    ];
    expect(warningLines(warnings)).toEqual([
      'HistoricalData_1769644800000.csv: cannot tell the index from the file name; pass --symbol; rows with no intraday range: 1,203; weekend rows: 2 (milestones quality HistoricalData_1769644800000.csv lists them)',
    ]);
  });
});
