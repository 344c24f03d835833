import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { computeIndexReport } from '../../src/core/computeIndexReport.js';
import type { IndexReport } from '../../src/core/IndexReport.type.js';
import type { InputWarning } from '../../src/errors.js';
import { readPriceCsv } from '../../src/ingest/readPriceCsv.js';
import { type ConfigRule, chooseConfig } from '../../src/pipeline/chooseConfig.js';
import { computePlainFile } from '../../src/pipeline/computePlainFile.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The general path's answer for the same file: reports, warnings, or the error message. */
/** Reports (`null`: no session on or before the as-of day) and warnings, or the error message. */
interface Outcome {
  readonly reports: { readonly symbol: string; readonly report: IndexReport | null }[];
  readonly warnings: readonly InputWarning[];
}

function general(text: string, source: string, rule: ConfigRule, asOfDay: number | null): Outcome | string {
  try {
    const read = readPriceCsv(text, source);
    const reports = read.series.map((s) => ({ symbol: s.symbol, report: computeIndexReport(s, chooseConfig(rule, s.symbol), asOfDay) }));
    return { reports, warnings: read.warnings };
  } catch (error) {
    return (error as Error).message;
  }
}

// The built module, so that its worker thread (dist/pipeline/foldRangeWorker.js) can start.
const built = new URL('../../dist/pipeline/computePlainFile.js', import.meta.url).href;
const computeBuilt = (await import(built)).computePlainFile as typeof computePlainFile;

/** The scanner path, in one thread, or split in two at the middle line whatever the size. */
async function fast(path: string, rule: ConfigRule, asOfDay: number | null, split: boolean): Promise<Outcome | string | null> {
  try {
    const read = split
      ? await computeBuilt(path, { configRule: rule, asOfDay, parallel: true, splitMinBytes: 0 })
      : await computePlainFile(path, { configRule: rule, asOfDay, parallel: false });
    if (read === null) return null;
    return { reports: read.reports.map((p) => ({ symbol: p.symbol, report: p.hasSessions ? p.report() : null })), warnings: read.warnings };
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
  order: fc.constantFrom('asc', 'desc', 'scrambled', 'bySymbol', 'bySymbol'),
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
  it('gives the general path\'s reports, warnings and errors on generated files, in one thread or two', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (f, split) => {
        // Unique dates, then identical or conflicting repeats of some rows.
        const rows = f.rows.flatMap((r, i) => {
          const dated = { ...r, day: i };
          if (r.dup === 'none') return [dated];
          return [dated, r.dup === 'same' ? dated : { ...dated, close: `${dated.close}1` }];
        });
        if (f.order === 'asc') rows.sort((a, b) => a.day - b.day);
        if (f.order === 'desc') rows.sort((a, b) => b.day - a.day);
        if (f.order === 'bySymbol') rows.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.day - b.day));
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
        const rule: ConfigRule = { atOrAbove: f.atOrAbove, inclusive: false, target: 10, levels: null, defaultStep: f.step, stepBySymbol: new Map([['BBB', 3]]) };
        const asOfDay = f.asOf === null ? null : DAY0 + f.asOf;
        const expected = general(text, path, rule, asOfDay);
        const actual = await fast(path, rule, asOfDay, split);
        if (f.quote && lines.length > 1) expect(actual, 'a quoted file goes to the general path').toBeNull();
        if (actual !== null) expect(actual).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});
