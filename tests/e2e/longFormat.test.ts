import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

describe('a long file with a symbol column', () => {
  // Worked by hand: AAA crosses 1,000 on Jan 3 (close 1,010) and 2,000 on Jan 5 (close 2,001; row 3 − row 1 = 2);
  // BBB with a 100-point step crosses 100 on Jan 3 (110), touches 200 on Jan 4 (high 205) and never closes above.
  const input = [
    'Date,Symbol,Close,High',
    '2024-01-02,aaa,950,960',
    '2024-01-02,BBB,50,60',
    '2024-01-03,aaa,1010,1020',
    '2024-01-03,BBB,110,120',
    '2024-01-04,aaa,1500,1990',
    '2024-01-04,BBB,190,205',
    '2024-01-05,aaa,2001,2002',
    '2024-01-05,BBB,180,195',
  ].join('\n');

  it('reports each symbol as its own index with its own step', () => {
    const r = runCli(['compute', '-', '--step', 'BBB=100', '--format', 'json'], { input });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.indexes.map((i: { symbol: string }) => i.symbol)).toEqual(['AAA', 'BBB']);
    const [aaa, bbb] = doc.indexes;
    expect(aaa.milestones.map((m: { level: number; firstCloseDate: string; tradingDays: number | null }) => [m.level, m.firstCloseDate, m.tradingDays])).toEqual([
      [1000, '2024-01-03', null],
      [2000, '2024-01-05', 2],
    ]);
    expect(bbb.milestones.map((m: { level: number; status: string }) => [m.level, m.status])).toEqual([
      [100, 'confirmed'],
      [200, 'pending'],
    ]);
    expect(bbb.milestones[1].tradingDays, 'row 3 (last) − row 1 (100 first close)').toBe(2);
    expect(bbb.recordHigh).toEqual({ date: '2024-01-04', value: 205 });
  });

  it('rejects --symbol for several files', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', 'fixtures/rut.csv', '--symbol', 'X']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milestones: --symbol/);
  });
});
