import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/runCli.js';

// Reference figures: the issue's news quotes of 2026-01-28 ("the Nasdaq 0.4% below its record", "the
// Russell 2000 up almost 7% this month while the S&P 500 gained less than 2%"), widely published
// records (S&P 500 record closes: 77 in 1995, 70 in 2021, 57 in 2024, 39 in 2025; 2025 return +16.4%,
// Nasdaq +20.4%), published bear-market dates, and closes read from fixtures/*.csv by hand.

describe('compare --as-of 2026-01-28 on the bundled data', () => {
  const files = ['fixtures/spx.csv', 'fixtures/ixic.csv', 'fixtures/dji.csv', 'fixtures/rut.csv'];
  const doc = runJson(['compare', ...files, '--as-of', '2026-01-28', '--step', 'RUT=500']);
  const row = (symbol: string) => doc.indexes.find((r: { symbol: string }) => r.symbol === symbol);

  it('returns the Nasdaq Composite at 23,857.45, 0.42% below its record close of 2025-10-29', () => {
    const ixic = row('IXIC');
    expect(ixic.close).toBe(23857.45);
    expect(ixic.pctFromRecordClose, '23,857.45 / 23,958.47 − 1').toBe(Number(((23857.45 / 23958.47 - 1) * 100).toFixed(4)));
    expect(ixic.pctFromRecordClose.toFixed(2)).toBe('-0.42');
    expect(ixic.recordCloseDate).toBe('2025-10-29');
    expect(ixic.nextMilestone).toBe(24000);
    expect(ixic.nextMilestonePoints, '23,857.45 − 24,000: below, negative as every distance').toBe(-142.55);
    expect(ixic.lastMilestone).toBe(23000);
  });

  it('returns month-to-date changes from the 2025-12-31 closes: Russell 2000 almost +7%, S&P 500 under +2%', () => {
    expect(row('RUT').mtdPct, 'rut.csv: 2,653.55 on 2026-01-28, 2,481.91 on 2025-12-31').toBe(Number(((2653.55 / 2481.91 - 1) * 100).toFixed(4)));
    expect(row('SPX').mtdPct, 'spx.csv: 6,978.03 and 6,845.50').toBe(Number(((6978.03 / 6845.5 - 1) * 100).toFixed(4)));
    expect(row('RUT').nextMilestone, '--step RUT=500').toBe(3000);
  });

  it('says the Dow file ends 2025-11-07 instead of printing 2026 figures it does not have', () => {
    const dji = row('DJI');
    expect(dji.asOf).toBe('2025-11-07');
    expect(dji.pctFromRecordClose, 'dji.csv: 46,987.10 vs the 47,706.37 record of 2025-10-28').toBe(Number(((46987.1 / 47706.37 - 1) * 100).toFixed(4)));
    const staleness = doc.warnings.map((w: { message: string }) => w.message).filter((m: string) => m.includes('data ends'));
    // 2025-11-07 to 2026-01-28: 23 days left in November, 31 in December, 28 in January.
    expect(staleness).toEqual([
      'DJI data ends 2025-11-07, 82 calendar days before --as-of 2026-01-28; its figures are as of 2025-11-07',
    ]);
    const r = runCli(['compare', 'fixtures/dji.csv', '--as-of', '2026-01-28', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^milestones: warning: fixtures\/dji\.csv: DJI data ends 2025-11-07/m);
  });

  it('prints a table with rounded figures and the same columns as CSV', () => {
    const r = runCli(['compare', 'fixtures/ixic.csv', '--as-of', '2026-01-28', '--wide']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^As of 2026-01-28\n/);
    // ixic.csv: 23,857.45 on 2026-01-28 after 23,817.10 on 2026-01-27 (float32 closes): +40.35.
    expect(r.stdout).toMatch(/│ Nasdaq Comp\.\s+│ 2026-01-28 │ 23,857\.45 │\s+\+40\.35 │ \+0\.17% │ \+2\.65% │ \+2\.65% │ 23,958\.47 │ 2025-10-29 │\s+-0\.42% │/);
    const csv = runCli(['compare', 'fixtures/ixic.csv', '--as-of', '2026-01-28', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe(
      'symbol,name,asOf,close,change,changePct,mtdPct,ytdPct,recordClose,recordCloseDate,pctFromRecordClose,recordHigh,recordHighDate,pctFromRecordHigh,' +
        'nextMilestone,nextMilestonePoints,nextMilestonePct,nextMilestoneGainPct,lastMilestone,lastMilestoneDate,sessionsSinceLastMilestone,range52wPositionPct,' +
        'target,targetPoints,targetPct,targetGainPct,targetFirstTouchDate,targetFirstCloseDate',
    );
    expect(csv[1]).toMatch(/^IXIC,Nasdaq Composite,2026-01-28,23857\.45,/);
  });
});

describe('compute --format json context on the S&P 500', () => {
  const spx = runJson(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28']).indexes[0];
  const c = spx.context;

  it('returns the published record-close counts per year', () => {
    const count = (year: number) => c.records.recordClosesByYear.find((y: { year: number }) => y.year === year).count;
    expect(count(1995)).toBe(77);
    expect(count(2021)).toBe(70);
    expect(count(2024)).toBe(57);
    expect(count(2025)).toBe(39);
  });

  it('returns 2025 as +16.4% to the 6,845.50 close of 2025-12-31 (SOURCES.md: not the 6,896.24 of 12-30)', () => {
    expect(c.returns.previousYear.date).toBe('2025-12-31');
    expect(c.returns.previousYear.close).toBe(6845.5);
    expect(c.returns.previousYear.pct.toFixed(1)).toBe('16.4');
  });

  it('returns the record-close gap and the drawdown of 2026-01-28 (record 6,978.60 on 2026-01-27)', () => {
    expect(c.records.sessionsSinceRecordClose).toBe(1);
    expect(c.records.currentDrawdown.peakDate).toBe('2026-01-27');
    expect(c.records.currentDrawdown.gainToRecordPct).toBe(Number(((6978.6 / 6978.03 - 1) * 100).toFixed(4)));
    expect(c.fiftyTwoWeek.high, 'the 7,002.28 intraday record').toEqual({ date: '2026-01-28', value: 7002.28 });
  });

  it('returns WTD, one-year and 52-week figures from closes read off spx.csv', () => {
    expect(c.returns.wtd).toMatchObject({ fromDate: '2026-01-23', fromClose: 6915.61 });
    expect(c.returns.wtd.pct).toBe(Number(((6978.03 / 6915.61 - 1) * 100).toFixed(4)));
    expect(c.returns.oneYear).toMatchObject({ fromDate: '2025-01-28', fromClose: 6067.7 });
    expect(c.returns.oneYear.pct).toBe(Number(((6978.03 / 6067.7 - 1) * 100).toFixed(4)));
    expect(c.fiftyTwoWeek.fromDate).toBe('2025-01-29');
    expect(c.fiftyTwoWeek.lowClose, 'the closing low of the April 2025 sell-off').toEqual({ date: '2025-04-08', value: 4982.77 });
    expect(c.fiftyTwoWeek.rangePositionPct).toBe(Number((((6978.03 - 4982.77) / (6978.6 - 4982.77)) * 100).toFixed(4)));
  });

  it('returns 7,000 touched once without a close above (SOURCES.md: 2026-01-28 was the first high ≥ 7,000)', () => {
    const seven = c.milestones.find((m: { level: number }) => m.level === 7000);
    expect(seven).toMatchObject({ attempts: 1, upCrossings: 0, downCrossings: 0, lastCloseAboveDate: null, aboveNow: false, gapRank: null });
  });

  it('returns the Dow’s quarter and month to 2025-11-07 from the 2025-09-30 and 2025-10-31 closes of dji.csv', () => {
    const dji = runJson(['compute', 'fixtures/dji.csv']).indexes[0].context.returns;
    expect(dji.qtd).toMatchObject({ fromDate: '2025-09-30', fromClose: 46397.89 });
    expect(dji.qtd.pct).toBe(Number(((46987.1 / 46397.89 - 1) * 100).toFixed(4)));
    expect(dji.mtd.pct).toBe(Number(((46987.1 / 47562.87 - 1) * 100).toFixed(4)));
  });

  it('ranks the 190-session 5,000 → 6,000 climb the fastest in the table', () => {
    const full = runJson(['compute', 'fixtures/spx.csv']).indexes[0].context.milestones;
    const six = full.find((m: { level: number }) => m.level === 6000);
    expect(six.gapRank).toBe(1);
    expect(six.gapsRanked, '2,000 … 7,000 confirmed').toBe(6);
  });

  it('returns the Nasdaq 2025 return of +20.4%', () => {
    const ixic = runJson(['compute', 'fixtures/ixic.csv', '--as-of', '2026-01-28']).indexes[0];
    expect(ixic.context.returns.previousYear.pct.toFixed(1)).toBe('20.4');
  });
});

describe('compute output stays as it was without --context', () => {
  it('prints the context block only with --context, and never in CSV', () => {
    const plain = runCli(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28']).stdout;
    const withContext = runCli(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--context']).stdout;
    expect(plain).not.toMatch(/Since record/);
    expect(withContext.startsWith(plain.trimEnd())).toBe(true);
    expect(withContext).toMatch(/Year 2025\s+\+16\.39%, closed at 6,845\.50 on 2025-12-31/);
    const csv = runCli(['compute', 'fixtures/spx.csv', '--format', 'csv', '--context']).stdout.split('\n')[0];
    expect(csv).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions');
  });
});

describe('drawdowns on the bundled S&P 500', () => {
  const rows = runJson(['drawdowns', 'fixtures/spx.csv', '--min', '15']).drawdowns;
  const byPeak = (date: string) => rows.find((r: { peakDate: string }) => r.peakDate === date);

  it('returns the published bear markets with their troughs and recoveries', () => {
    expect(byPeak('2020-02-19')).toMatchObject({ troughDate: '2020-03-23', troughClose: 2237.4, recoveryDate: '2020-08-18', label: 'bear market' });
    expect(byPeak('2022-01-03')).toMatchObject({ peakClose: 4796.56, troughDate: '2022-10-12', troughClose: 3577.03, recoveryDate: '2024-01-19' });
    expect(byPeak('2022-01-03').depthPct).toBe(Number(((3577.03 / 4796.56 - 1) * 100).toFixed(4)));
    expect(byPeak('2007-10-09')).toMatchObject({ troughDate: '2009-03-09', troughClose: 676.53, recoveryDate: '2013-03-28' });
    expect(byPeak('1929-09-16')).toMatchObject({ troughDate: '1932-06-01', recoveryDate: '1954-09-22' });
  });

  it('returns the 2025 fall of 18.9% as a correction, not a bear market', () => {
    const r = byPeak('2025-02-19');
    expect(r).toMatchObject({ peakClose: 6144.15, troughDate: '2025-04-08', troughClose: 4982.77, recoveryDate: '2025-06-27', label: 'correction' });
  });

  it('returns an episode still open at --as-of with a null recovery, and says "open" in the table', () => {
    const open = runJson(['drawdowns', 'fixtures/spx.csv', '--as-of', '2023-06-30', '--min', '20']).drawdowns.at(-1);
    expect(open).toMatchObject({ peakDate: '2022-01-03', troughDate: '2022-10-12', recoveryDate: null, sessionsTroughToRecovery: null });
    const table = runCli(['drawdowns', 'fixtures/spx.csv', '--as-of', '2023-06-30', '--min', '20', '--wide']).stdout;
    expect(table).toMatch(/2022-01-03 │\s+4,796\.56 │ 2022-10-12 │\s+3,577\.03 │ -25\.43% │ open\s+│/);
  });

  it('prints the CSV header even with no episode, and rejects a --min outside (0, 100)', () => {
    const r = runCli(['drawdowns', '-', '--symbol', 'x', '--format', 'csv'], { input: 'date,close\n2024-01-02,100\n2024-01-03,99\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('symbol,name,peakDate,peakClose,troughDate,troughClose,depthPct,recoveryDate,sessionsPeakToTrough,sessionsTroughToRecovery,label\n');
    for (const min of ['0', '100', 'x']) {
      const bad = runCli(['drawdowns', 'fixtures/spx.csv', '--min', min]);
      expect(bad.code, `--min ${min}`).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('moving-average crosses of equal averages', () => {
  it('counts a day the two averages are equal as neither above nor below', () => {
    // fixtures/vix.csv, closes in exact decimals (Python's Decimal): SMA 50 and SMA 200 are both 12.9266 on
    // 2005-12-19, and 12.8394 against 12.92055 on 2005-12-20; the death cross before is 2005-06-29.
    const crosses = (asOf: string) => runJson(['compute', 'fixtures/vix.csv', '--as-of', asOf, '-q']).indexes[0].context.indicators.deathCrossDate;
    expect(crosses('2005-12-19')).toBe('2005-06-29');
    expect(crosses('2005-12-20')).toBe('2005-12-20');
  });
});

describe('--inclusive', () => {
  it('counts the sessions since the last milestone as it counts the gaps: both ends', () => {
    // The published 302 trading days from the first close above 6,000 to 2026-01-28; both ends counted, 303.
    const index = (...args: string[]) => runJson(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', ...args, '-q']).indexes[0];
    expect(index().lastMilestone).toEqual({ level: 6000, date: '2024-11-11', sessionsSince: 302 });
    expect(index('--inclusive').lastMilestone).toEqual({ level: 6000, date: '2024-11-11', sessionsSince: 303 });
    expect(index('--inclusive').milestones.find((m: { level: number }) => m.level === 7000).tradingDays).toBe(303);
  });
});
