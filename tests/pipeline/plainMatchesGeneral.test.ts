import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { computeIndexReport } from '../../src/core/computeIndexReport.js';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import { readPriceCsv } from '../../src/ingest/readPriceCsv.js';
import { computePlainFile, type FileReports } from '../../src/pipeline/computePlainFile.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The general path's answer for the same file: reports, warnings, or the error message. */
function general(text: string, source: string, config: MilestoneConfig, asOfDay: number | null): FileReports | string {
  try {
    const read = readPriceCsv(text, source);
    const reports = read.series.map((s) => ({ symbol: s.symbol, report: computeIndexReport(s, config, asOfDay) }));
    return { reports, warnings: read.warnings };
  } catch (error) {
    return (error as Error).message;
  }
}

function fast(path: string, config: MilestoneConfig, asOfDay: number | null): FileReports | string | null {
  try {
    return computePlainFile(path, { configFor: () => config, asOfDay });
  } catch (error) {
    return (error as Error).message;
  }
}

const price = fc.oneof(
  { weight: 100, arbitrary: fc.integer({ min: 1, max: 99999 }).map((c) => (c / 100).toFixed(2)) },
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 9999 }).map(String) },
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 99999 }).map((c) => String(Math.fround(c / 100))) },
  { weight: 1, arbitrary: fc.constantFrom('', 'null', '-', '1e3', '7.', '.5', ' 12.5', '00012.50', '1.234567890123456') },
  { weight: 1, arbitrary: fc.constantFrom('abc', '0', '-5') },
);
const row = fc.record({
  dup: fc.oneof({ weight: 20, arbitrary: fc.constant('none') }, { weight: 3, arbitrary: fc.constant('same') }, { weight: 1, arbitrary: fc.constant('different') }),
  symbol: fc.oneof({ weight: 30, arbitrary: fc.constantFrom('AAA', 'aaa', 'BBB', ' BBB', 'CCC') }, { weight: 1, arbitrary: fc.constant(' ') }),
  close: price,
  high: price,
  low: price,
  badDate: fc.oneof({ weight: 100, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2024/01/05', '2024-01-05T00:00', 'x') }),
  extraField: fc.oneof({ weight: 100, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
const file = fc.record({
  rows: fc.array(row, { minLength: 0, maxLength: 40 }),
  order: fc.constantFrom('asc', 'desc', 'scrambled'),
  withSymbol: fc.boolean(),
  withHigh: fc.boolean(),
  withLow: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  trailingNewline: fc.boolean(),
  blankLines: fc.boolean(),
  quote: fc.oneof({ weight: 10, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  step: fc.constantFrom(1, 5, 50),
  atOrAbove: fc.boolean(),
  asOf: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
});

const DAY0 = 19723; // 2024-01-01

describe('the byte-scanner path', () => {
  it('gives the general path\'s reports, warnings and errors on generated files', () => {
    let n = 0;
    fc.assert(
      fc.property(file, (f) => {
        // Unique dates, then identical or conflicting repeats of some rows.
        const rows = f.rows.flatMap((r, i) => {
          const dated = { ...r, day: i };
          if (r.dup === 'none') return [dated];
          return [dated, r.dup === 'same' ? dated : { ...dated, close: `${dated.close}1` }];
        });
        if (f.order === 'asc') rows.sort((a, b) => a.day - b.day);
        if (f.order === 'desc') rows.sort((a, b) => b.day - a.day);
        if (f.order === 'scrambled') rows.sort((a, b) => ((a.day * 37 + 11) % 41) - ((b.day * 37 + 11) % 41));
        const header = ['Date', ...(f.withSymbol ? ['Symbol'] : []), 'Open', ...(f.withHigh ? ['High'] : []), ...(f.withLow ? ['Low'] : []), 'Close', 'Volume'];
        const lines = [header.join(',')];
        for (const r of rows) {
          const date = r.badDate ?? isoFromDayNumber(DAY0 + r.day);
          const cells = [date, ...(f.withSymbol ? [r.symbol] : []), '1', ...(f.withHigh ? [r.high] : []), ...(f.withLow ? [r.low] : []), r.close, '100'];
          if (r.extraField) cells.push('x');
          lines.push(cells.join(','));
          if (f.blankLines && r.day % 7 === 0) lines.push('');
        }
        if (f.quote && lines.length > 1) lines[lines.length - 1] += ',"q"';
        const eol = f.crlf ? '\r\n' : '\n';
        const text = (f.bom ? '\ufeff' : '') + lines.join(eol) + (f.trailingNewline ? eol : '');
        const path = join(dir, `gen${n++ % 4}.csv`);
        writeFileSync(path, text);
        const config: MilestoneConfig = { plan: { kind: 'step', step: f.step }, atOrAbove: f.atOrAbove, inclusive: false, target: 10 };
        const asOfDay = f.asOf === null ? null : DAY0 + f.asOf;
        const expected = general(text, path, config, asOfDay);
        const actual = fast(path, config, asOfDay);
        if (f.quote && lines.length > 1) expect(actual, 'a quoted file goes to the general path').toBeNull();
        if (actual !== null) expect(actual).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});
