import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { computeIndexReport } from '../../src/core/computeIndexReport.js';
import type { IndexReport } from '../../src/core/IndexReport.type.js';
import type { InputWarning } from '../../src/errors.js';
import { readPriceCsv } from '../../src/ingest/readPriceCsv.js';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import { flatDaysOf } from '../../src/ingest/warnFlatRowFacts.js';
import { computePlainFile, type SplitPlan } from '../../src/pipeline/computePlainFile.js';
import type { BlocksResult } from '../../src/pipeline/Blocks.type.js';
import { scanClaimedBlocks } from '../../src/pipeline/scanClaimedBlocks.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Reports (`null`: no session on or before the as-of day), with whether each report's first touches
 * and record high rest on flat rows, and warnings; or the error message.
 */
interface Outcome {
  readonly reports: { readonly symbol: string; readonly report: IndexReport | null; readonly flatFacts: boolean[] }[];
  readonly warnings: readonly InputWarning[];
}

type ConfigFor = (symbol: string) => MilestoneConfig;

/** Whether each intraday fact of `report` (first touches, then the record high) is on a flat day. */
function flatFacts(report: IndexReport | null, isFlatDay: ((day: number) => boolean) | null): boolean[] {
  if (report === null) return [];
  const dates = [...report.milestones.map((m) => m.firstTouchDate), report.recordHigh?.date ?? null];
  return dates.map((d) => d !== null && isFlatDay !== null && isFlatDay(dayOf(d)));
}

/** The general path's answer for the same file. */
function general(text: string, source: string, configFor: ConfigFor, asOfDay: number | null, strict: boolean): Outcome | string {
  try {
    const read = readPriceCsv(text, source, { strict });
    const reports = read.series.map((s) => {
      const report = computeIndexReport(s, configFor(s.symbol), asOfDay);
      return { symbol: s.symbol, report, flatFacts: flatFacts(report, flatDaysOf(s)) };
    });
    return { reports, warnings: read.warnings };
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Two threads' reading, in this thread: the file cut into blocks of `blockBytes`, the last `taken` of
 * them read apart first (as a worker thread does, from the last back), the rest read here, all merged
 * in file order. The CLI's worker thread itself is run by `tests/e2e/largeFiles.test.ts`.
 */
function inBlocks(blockBytes: number, taken: number): SplitPlan {
  return { enabled: true, minBytes: 0, blockBytes, scan: (request) => ({ result: Promise.resolve(scanClaimedBlocks(request, taken)), cancel: () => {} }) };
}

/** The scanner path; `null` when it hands the file to the general path. */
async function fast(path: string, configFor: ConfigFor, asOfDay: number | null, strict: boolean, split?: SplitPlan): Promise<Outcome | string | null> {
  try {
    const read = await computePlainFile(path, path, { configFor, asOfDay, strict, split: split ?? inBlocks(Infinity, 0) });
    if (read === null) return null;
    const reports = read.reports.map((p) => {
      const report = p.hasSessions ? p.report() : null;
      return { symbol: p.symbol, report, flatFacts: flatFacts(report, p.isFlatDay) };
    });
    return { reports, warnings: read.warnings };
  } catch (error) {
    return (error as Error).message;
  }
}

const cleanPrice = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 99999 }).map((c) => (c / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99999 }).map((c) => String(Math.fround(c / 100))) },
);
const price = fc.oneof(
  { weight: 100, arbitrary: cleanPrice },
  { weight: 1, arbitrary: fc.constantFrom('', 'null', '-', '1e3', '7.', '.5', ' 12.5', '00012.50', '1.234567890123456') },
  { weight: 1, arbitrary: fc.constantFrom('abc', '0', '-5') },
);
const row = fc.record({
  dup: fc.oneof({ weight: 20, arbitrary: fc.constant('none') }, { weight: 3, arbitrary: fc.constant('same') }, { weight: 1, arbitrary: fc.constant('different') }),
  symbol: fc.oneof({ weight: 30, arbitrary: fc.constantFrom('AAA', 'aaa', 'BBB', ' BBB', 'CCC') }, { weight: 1, arbitrary: fc.constant(' ') }),
  open: price,
  flat: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  close: price,
  high: price,
  low: price,
  badDate: fc.oneof({ weight: 100, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2024/01/05', '2024-01-05T00:00', 'x') }),
  extraField: fc.oneof({ weight: 100, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
/** A row with only plain cells, a unique date and a non-blank symbol: what the scanner streams. */
const cleanRow = fc.record({
  dup: fc.constant('none'),
  symbol: fc.constantFrom('AAA', 'aaa', 'BBB', ' BBB', 'CCC'),
  open: cleanPrice,
  flat: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  close: cleanPrice,
  high: cleanPrice,
  low: cleanPrice,
  badDate: fc.constant(null),
  extraField: fc.constant(false),
});
const file = fc.record({
  clean: fc.boolean(),
  rows: fc.array(row, { minLength: 0, maxLength: 40 }),
  cleanRows: fc.array(cleanRow, { minLength: 1, maxLength: 40 }),
  order: fc.constantFrom('asc', 'desc', 'scrambled', 'bySymbol', 'bySymbol'),
  withSymbol: fc.boolean(),
  withHigh: fc.boolean(),
  withLow: fc.boolean(),
  /** Without it, the close is the last field: read up to the line end (`\n` or `\r\n`). */
  withVolume: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  trailingNewline: fc.boolean(),
  blankLines: fc.boolean(),
  quote: fc.oneof({ weight: 10, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  step: fc.constantFrom(1, 5, 50),
  atOrAbove: fc.boolean(),
  asOf: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  /** Cut into blocks of this many bytes, the last `taken` read apart. */
  blockBytes: fc.integer({ min: 1, max: 400 }),
  taken: fc.integer({ min: 0, max: 50 }),
});

const DAY0 = 19723; // 2024-01-01

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return toDayNumber(y, m, d);
}

describe('the byte-scanner path', () => {
  it('gives the general path\'s reports, warnings and errors on generated files, or hands them over', async () => {
    let n = 0;
    let streamed = 0;
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (f, strict) => {
        // Unique dates, then identical or conflicting repeats of some rows.
        const rows = (f.clean ? f.cleanRows : f.rows).flatMap((r, i) => {
          const dated = { ...r, day: i };
          if (r.dup === 'none') return [dated];
          return [dated, r.dup === 'same' ? dated : { ...dated, close: `${dated.close}1` }];
        });
        if (f.order === 'asc') rows.sort((a, b) => a.day - b.day);
        if (f.order === 'desc') rows.sort((a, b) => b.day - a.day);
        // Grouped by index: symbols are compared trimmed and upper-cased, as both paths do.
        const key = (r: { symbol: string }): string => r.symbol.trim().toUpperCase();
        if (f.order === 'bySymbol') rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.day - b.day));
        if (f.order === 'scrambled') rows.sort((a, b) => ((a.day * 37 + 11) % 41) - ((b.day * 37 + 11) % 41));
        const header = ['Date', ...(f.withSymbol ? ['Symbol'] : []), 'Open', ...(f.withHigh ? ['High'] : []), ...(f.withLow ? ['Low'] : []), 'Close', ...(f.withVolume ? ['Volume'] : [])];
        const lines = [header.join(',')];
        for (const r of rows) {
          const date = r.badDate ?? isoFromDayNumber(DAY0 + r.day);
          // A flat row (open = high = low = close) has no intraday range: the quality checks flag it.
          const [open, high, low] = r.flat ? [r.close, r.close, r.close] : [r.open, r.high, r.low];
          const cells = [date, ...(f.withSymbol ? [r.symbol] : []), open, ...(f.withHigh ? [high] : []), ...(f.withLow ? [low] : []), r.close, ...(f.withVolume ? ['100'] : [])];
          if (r.extraField) cells.push('x');
          lines.push(cells.join(','));
          if (f.blankLines && r.day % 7 === 0) lines.push('');
        }
        if (f.quote && lines.length > 1) lines[lines.length - 1] += ',"q"';
        const eol = f.crlf ? '\r\n' : '\n';
        const text = (f.bom ? '\ufeff' : '') + lines.join(eol) + (f.trailingNewline ? eol : '');
        const path = join(dir, `gen${n++ % 4}.csv`);
        writeFileSync(path, text);
        const configFor: ConfigFor = (symbol) => ({
          atOrAbove: f.atOrAbove,
          inclusive: false,
          target: 10,
          plan: { kind: 'step', step: symbol === 'BBB' ? 3 : f.step },
        });
        const asOfDay = f.asOf === null ? null : DAY0 + f.asOf;
        const expected = general(text, path, configFor, asOfDay, strict);
        const actual = await fast(path, configFor, asOfDay, strict, inBlocks(f.blockBytes, f.taken));
        if (f.quote && lines.length > 1) expect(actual, 'a quoted file goes to the general path').toBeNull();
        // Clean rows in date order per index (the two layouts people have) must stream.
        const inOrder = f.order === 'asc' || (f.order === 'bySymbol' && f.withSymbol);
        if (f.clean && inOrder && !f.quote) {
          expect(actual, 'a clean file in date order streams').not.toBeNull();
          streamed++;
        }
        if (actual !== null) expect(actual).toEqual(expected);
      }),
      { numRuns: 600 },
    );
    expect(streamed, 'the scanner itself was exercised').toBeGreaterThan(50);
  });

  it('hands the file over when a block read apart is not plain, and fails loudly when the other thread does', async () => {
    const rows = ['2024-01-02,AAA,10,11,9,10.5', '2024-01-03,AAA,10.5,12.5,10,12.2', '2024-01-04,AAA,12,13,11,12.5'];
    const path = join(dir, 'apart.csv');
    writeFileSync(path, `date,symbol,open,high,low,close\n${rows.join('\n')}\n`);
    const configFor: ConfigFor = () => ({ atOrAbove: false, inclusive: false, target: null, plan: { kind: 'step', step: 1 } });
    // The other thread takes the last block, then answers `result`.
    const answering = (result: BlocksResult): SplitPlan => ({
      enabled: true,
      minBytes: 0,
      blockBytes: 30,
      scan: (request) => {
        scanClaimedBlocks(request, 1);
        return { result: Promise.resolve(result), cancel: () => {} };
      },
    });
    expect(await computePlainFile(path, path, { configFor, asOfDay: null, split: answering({ kind: 'notPlain' }) })).toBeNull();
    await expect(computePlainFile(path, path, { configFor, asOfDay: null, split: answering({ kind: 'failed', message: 'boom' }) })).rejects.toThrow(/worker thread: boom/);
  });

  it('streams a clean history and gives the general path\'s report, warnings and flat facts', async () => {
    // fixtures/spx.csv: plain, ascending, with 8,547 flat rows (fixtures/SOURCES.md).
    const path = new URL('../../fixtures/spx.csv', import.meta.url).pathname;
    const text = readFileSync(path, 'utf8');
    const configFor: ConfigFor = () => ({ atOrAbove: false, inclusive: false, target: 7000, plan: { kind: 'step', step: 10 } });
    const actual = await fast(path, configFor, null, false);
    expect(actual, 'a plain file streams').not.toBeNull();
    expect(actual).toEqual(general(text, path, configFor, null, false));
    for (const [blockBytes, taken] of [[1 << 20, 1], [100000, 8], [200000, 1000]]) {
      expect(await fast(path, configFor, null, false, inBlocks(blockBytes, taken)), `blocks of ${blockBytes} bytes, ${taken} read apart`).toEqual(actual);
    }
    const facts = (actual as Outcome).reports[0].flatFacts;
    expect(facts.filter(Boolean).length, 'first touches of 20, 30, ... in the flat years').toBeGreaterThan(0);
  });
});
