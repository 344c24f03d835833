import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { writeCsvByIndex } from '../../src/cli/writeCsvByIndex.js';
import type { Io } from '../../src/cli/Io.type.js';
import { computeIndexReport } from '../../src/core/computeIndexReport.js';
import type { IndexReport, MilestoneRow } from '../../src/core/IndexReport.type.js';
import type { MilestoneConfig } from '../../src/core/MilestoneConfig.type.js';
import type { LevelVisitor } from '../../src/core/LevelVisitor.type.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { visitMilestoneRows } from '../../src/pipeline/visitMilestoneRows.js';
import { ByteBatch } from '../../src/render/ByteBatch.js';
import { MilestoneCsvLines } from '../../src/render/MilestoneCsvLines.js';
import { renderCsv } from '../helpers/renderCsv.js';

/** What writeCsvByIndex sends to stdout for `reports`, and how many writes and drain waits it made. */
async function written(reports: readonly IndexReport[]): Promise<{ bytes: Buffer; writes: number; drains: number }> {
  const chunks: Buffer[] = [];
  let drains = 0;
  const io = {
    stdout: (data: string | Uint8Array) => void chunks.push(Buffer.from(data)),
    stdoutDrained: async () => void drains++,
  } as unknown as Io;
  const pending = reports.map((report) => ({
    symbol: report.symbol,
    hasSessions: true,
    report: () => report,
    eachLevel: (visitor: LevelVisitor) => visitMilestoneRows(report.milestones, visitor),
    isFlatDay: null,
  }));
  await writeCsvByIndex(pending, io, (index, visitor) => index.eachLevel(visitor));
  return { bytes: Buffer.concat(chunks), writes: chunks.length, drains };
}

/** The reference: the in-memory renderer's text, as process.stdout.write would encode it. */
function expected(reports: readonly IndexReport[]): Buffer {
  return Buffer.from(renderCsv({ indexes: reports, warnings: [] }), 'utf8');
}

const symbol = fc.oneof(
  fc.constantFrom('SPX', 'S0001', '^GSPC', 'S,P', '"Q"', 'A"B', 'new\nline', 'cr\r', 'Ünï', '指数', 'lone\uD800'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const DAY0 = 19723; // 2024-01-01
/** A price in cents, sometimes a float32 reading (17.65999984741211) or a whole number. */
const price = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((c) => Math.fround(c / 100)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }) },
);
const session = fc.record({ close: price, reach: fc.integer({ min: 0, max: 5000 }).map((c) => c / 100), gap: fc.integer({ min: 1, max: 4 }) });
const config: fc.Arbitrary<MilestoneConfig> = fc.record({
  plan: fc.oneof(
    fc.record({ kind: fc.constant('step' as const), step: fc.constantFrom(1, 5, 25, 100, 0.5) }),
    fc.record({ kind: fc.constant('list' as const), levels: fc.uniqueArray(fc.integer({ min: 1, max: 2100 }), { minLength: 1, maxLength: 6 }).map((l) => l.sort((a, b) => a - b)) }),
  ),
  atOrAbove: fc.boolean(),
  inclusive: fc.boolean(),
  target: fc.constant(null),
});

/** Reports made by the core from generated sessions: every status, with and without highs. */
const coreReport = fc.record({ symbol, config, withHigh: fc.boolean(), sessions: fc.array(session, { minLength: 1, maxLength: 40 }) }).map(({ symbol, config, withHigh, sessions }) => {
  let day = DAY0;
  const days = sessions.map((s) => (day += s.gap));
  const series: PriceSeries = {
    symbol,
    source: 'test',
    length: sessions.length,
    days: Int32Array.from(days),
    close: Float64Array.from(sessions.map((s) => s.close)),
    high: withHigh ? Float64Array.from(sessions.map((s) => s.close + s.reach)) : null,
    low: null,
    lines: Int32Array.from(sessions.map((_, i) => i + 2)),
  };
  return computeIndexReport(series, config) as IndexReport;
});

const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
// NaN is not a value a milestone row holds: the streamed writer reads it as an empty field (null).
const anyNumber = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100), fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(1e21, 1e-7, -0, 2 ** 53));
/** Dates of years 0000 to 9999 (the dates a file can hold), in and outside the writer's cache. */
const oddDate = fc.integer({ min: toDayNumber(0, 1, 1), max: toDayNumber(9999, 12, 31) }).map(isoFromDayNumber);
/** Rows the core never makes, to cover every field alone: nulls, negative, huge and tiny numbers, any date. */
const anyRow: fc.Arbitrary<MilestoneRow> = fc.record({
  level: anyNumber,
  status: fc.constantFrom('confirmed' as const, 'pending' as const, 'untouched' as const, 'predates' as const),
  firstTouchDate: maybe(oddDate),
  firstTouchHigh: maybe(anyNumber),
  firstCloseDate: maybe(oddDate),
  firstClose: maybe(anyNumber),
  tradingDays: maybe(fc.integer({ min: -5, max: 100_000 })),
  calendarDays: maybe(fc.integer({ min: -5, max: 100_000 })),
  touchToCloseSessions: maybe(fc.integer({ min: 0, max: 100_000 })),
});
const madeReport = fc.record({ symbol, milestones: fc.array(anyRow, { maxLength: 6 }) }).map((r) => r as unknown as IndexReport);

describe('writeCsvByIndex', () => {
  it('writes the bytes of renderCsv for reports the core makes (every status, --inclusive, --at-or-above, lists)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(coreReport, { maxLength: 5 }), async (reports) => {
        expect((await written(reports)).bytes.equals(expected(reports))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('writes the bytes of renderCsv for any field values and symbols', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(madeReport, { maxLength: 5 }), async (reports) => {
        expect((await written(reports)).bytes.equals(expected(reports))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('writes large output in several chunks, waiting for stdout after each index', async () => {
    const row: MilestoneRow = { level: 5000, status: 'confirmed', firstTouchDate: '2024-02-08', firstTouchHigh: 5000.25, firstCloseDate: '2024-02-09', firstClose: 5026.61, tradingDays: 4, calendarDays: 6, touchToCloseSessions: 1 };
    const line = 'S,5000,confirmed,2024-02-08,5000.25,2024-02-09,5026.61,4,6,1\n';
    const reports = Array.from({ length: 3 }, () => ({ symbol: 'S', milestones: Array.from({ length: 10_000 }, () => row) }) as unknown as IndexReport);
    const out = await written(reports);
    expect(out.bytes.toString('utf8')).toBe(`symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n${line.repeat(30_000)}`);
    expect(out.writes).toBeGreaterThan(1);
    expect(out.drains).toBe(3);
  });

  it('writes a date outside the years 0000-9999 as isoFromDayNumber does', () => {
    for (const day of [toDayNumber(0, 1, 1) - 1, -800_000, toDayNumber(9999, 12, 31) + 1, 3_000_000]) {
      const chunks: Uint8Array[] = [];
      const out = new ByteBatch((chunk) => chunks.push(chunk));
      const lines = new MilestoneCsvLines(out);
      lines.startIndex('S');
      lines.level(100, 'confirmed', day, 101, day, 102, NaN, NaN, 0);
      out.flush();
      const iso = isoFromDayNumber(day);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(`S,100,confirmed,${iso},101,${iso},102,,,0\n`);
    }
  });

  it('prints only the header when there is no milestone', async () => {
    const out = await written([]);
    expect(out.bytes.toString('utf8')).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n');
  });
});
