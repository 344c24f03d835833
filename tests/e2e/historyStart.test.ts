import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

/** A long-format file (date,symbol,close...) of the S&P 500 and Nasdaq rows from 2019-01-02 on. */
function longFileFrom2019(): string {
  const rows = ['date,symbol,open,high,low,close,volume'];
  for (const [file, symbol] of [['fixtures/spx.csv', 'SPX'], ['fixtures/ixic.csv', 'IXIC']] as const) {
    for (const line of readFileSync(file, 'utf8').trimEnd().split('\n').slice(1)) {
      const [date, ...prices] = line.split(',');
      if (date >= '2019-01-02') rows.push([date, symbol, ...prices].join(','));
    }
  }
  const path = join(mkdtempSync(join(tmpdir(), 'milestones-history-')), 'long.csv');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

describe('a file that starts after its index history does', () => {
  const path = longFileFrom2019();

  it('says its first closes are only the first since the file starts (the Nasdaq first closed above 7,000 in 2018)', () => {
    const r = runCli(['compute', path, '--wide']); // --wide: each title and note on one line
    expect(r.code, r.stderr).toBe(0);
    const nasdaq = r.stdout.slice(r.stdout.indexOf('Nasdaq Composite (IXIC)'));
    expect(nasdaq.split('\n')[1]).toBe("  First closes since 2019-01-02, the file's start (history from 1971-02-05)");
    expect(r.stdout).toContain("S&P 500 (SPX)  1,920 sessions, 2019-01-02 to 2026-08-21");
  });

  it('marks levels the first session already closed above, with no date', () => {
    // 2019-01-02 closed at 6,665.94: 6,000 was passed before the file starts.
    const doc = JSON.parse(runCli(['compute', path, '--levels', '6000,7000', '--format', 'json']).stdout);
    const nasdaq = doc.indexes.find((i: { symbol: string }) => i.symbol === 'IXIC');
    expect(nasdaq).toMatchObject({ name: 'Nasdaq Composite', canonicalSymbol: 'IXIC', historyStart: '1971-02-05', historyComplete: false });
    expect(nasdaq.milestones[0]).toMatchObject({ level: 6000, status: 'predates', firstCloseDate: null });
    const table = runCli(['compute', path, '--levels', '6000,7000', '--wide']).stdout;
    expect(table).toContain("predates: closed above on the file's first day, 2019-01-02; first close unknown");
  });

  it('knows a whole history when the file starts on the first published day', () => {
    const doc = JSON.parse(runCli(['compute', 'fixtures/ixic.csv', '--format', 'ndjson']).stdout);
    expect(doc).toMatchObject({ symbol: 'IXIC', historyStart: '1971-02-05', historyComplete: true });
    expect(runCli(['compute', 'fixtures/ixic.csv', '--wide']).stdout.split('\n')[1]).toMatch(/^┌/);
  });

  it('states where the history starts for an unknown symbol, and warns about a file name that is no symbol', () => {
    const dir = mkdtempSync(join(tmpdir(), 'milestones-names-'));
    const download = join(dir, 'HistoricalData_1769644800000.csv');
    writeFileSync(download, 'Date,Close/Last\n01/15/1985,120\n01/14/1985,100\n');
    const r = runCli(['compute', download, '--step', '10', '--wide']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`milestones: warning: ${download}: cannot tell the index from the file name; pass --symbol\n`);
    expect(r.stdout.split('\n')[1]).toBe('  History from 1985-01-14 in this file: first closes are the first in it');
    const named = runCli(['compute', download, '--step', '10', '--symbol', 'comp', '--format', 'ndjson']);
    expect(named.stderr).toBe('');
    expect(JSON.parse(named.stdout)).toMatchObject({ symbol: 'COMP', name: 'Nasdaq Composite', canonicalSymbol: 'IXIC', historyComplete: false });
  });
});
