import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import type { CliRun } from '../helpers/runCli.js';
import { runCliAsync } from '../helpers/runCliAsync.js';

// The same multi-index history in every row order and dialect the reader accepts gives every command
// the same report: grouped by symbol, sorted by date across symbols, shuffled, newest-first, every
// field quoted (with commas, and with `;` and decimal commas), and the grouped bytes on standard input.
// Plain files in order go through the byte scanner today, the rest through the general path; the
// streaming reader that replaces both must keep this property.
//
// What legitimately differs between layouts, and only that, is normalised: the file's path (each
// layout has its own directory, one shared base name; `-` for standard input), and, except between the
// grouped file and its copy on standard input, the line numbers data-quality warnings name (on stderr,
// and in the JSON documents' `warnings`).
//
// Indexes are reported in order of first appearance in the file. So that every layout has the same
// order, all indexes of a history share their first and last session dates, and rows of one date come
// in the order in which the shuffled layout first shows each index.

/** fast-check runs per command (each starts one CLI process per layout); seed overridable to explore. */
const RUNS = Number(process.env.SAME_REPORT_RUNS ?? 4);
const SEED = Number(process.env.SAME_REPORT_SEED ?? 20260128);

type Columns = 'ohlc' | 'hc' | 'olc';
const HEADERS: Readonly<Record<Columns, readonly string[]>> = {
  ohlc: ['date', 'symbol', 'open', 'high', 'low', 'close'],
  hc: ['date', 'symbol', 'high', 'close'],
  olc: ['date', 'symbol', 'open', 'low', 'close'],
};

/** One session; prices in cents. `f32`: its prices are written as float32 expansions (`6896.240234375`). */
interface Bar {
  readonly day: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly f32: boolean;
}

interface Index {
  readonly symbol: string;
  readonly bars: readonly Bar[];
  /** Milestone step (points) for this index: about a quarter of its range. */
  readonly step: number;
  readonly lowest: number;
  readonly highest: number;
}

/** A row of the file: a session of an index (a duplicate row is the same bar twice). */
interface Row {
  readonly symbol: string;
  readonly bar: Bar;
}

interface History {
  readonly columns: Columns;
  /** In the order of first appearance in every layout. */
  readonly indexes: readonly Index[];
  readonly grouped: readonly Row[];
  readonly byDate: readonly Row[];
  readonly shuffled: readonly Row[];
  readonly newestFirst: readonly Row[];
  /** `--step SYM=STEP,…` */
  readonly steps: string;
  readonly levels: string;
  readonly target: string;
  readonly distance: string;
  readonly closedAbove: string;
  readonly asOf: string;
  readonly [fc.toStringMethod]: () => string;
}

const FIRST_MONDAY = toDayNumber(2019, 1, 7);
/** The `k`-th weekday from `FIRST_MONDAY + 7 * week`. */
const weekday = (week: number, k: number): number => FIRST_MONDAY + 7 * (week + Math.floor(k / 5)) + (k % 5);

/** The largest 1, 2 or 5 × 10^n at most `x`, and at least 1. */
function roundStep(x: number): number {
  if (!(x > 1)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return [5, 2, 1].map((m) => m * p).find((s) => s <= x) ?? p;
}

/** A milestone level of `index`: a multiple of its step, `f` of the way up its range (beyond it at f > 1). */
function levelOf(index: Index, f: number): string {
  const at = index.lowest + f * (index.highest - index.lowest);
  return String(Math.max(1, Math.ceil(at / index.step)) * index.step);
}

const move = fc.record({
  /** Close-to-close change, basis points; now and then a fall that starts a drawdown. */
  change: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: -350, max: 380 }) }, { weight: 1, arbitrary: fc.integer({ min: -1500, max: -500 }) }),
  gap: fc.integer({ min: -80, max: 80 }),
  up: fc.integer({ min: 0, max: 200 }),
  down: fc.integer({ min: 0, max: 200 }),
  flat: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  f32: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/** One index over weekdays `0..span` (both ends always sessions, random gaps between). */
const indexOver = (symbol: string, span: number): fc.Arbitrary<{ index: Index; duplicate: number | null }> =>
  fc
    .record({
      inner: fc.uniqueArray(fc.integer({ min: 1, max: span - 1 }), { minLength: 3, maxLength: Math.min(78, span - 1) }),
      start: fc.oneof(fc.integer({ min: 1_000, max: 30_000 }), fc.integer({ min: 30_000, max: 4_000_000 })),
      moves: fc.array(move, { minLength: 80, maxLength: 80 }),
      /**
       * Now and then one row twice (an identical duplicate, dropped with a warning). One at most per
       * index: the warning names its first pairs in line order, so with several the dates it names
       * would legitimately differ between layouts.
       */
      duplicate: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    })
    .map(({ inner, start, moves, duplicate }) => {
      const ks = [0, ...inner.sort((a, b) => a - b), span];
      let prev = start;
      const bars = ks.map((k, i): Bar => {
        const m = moves[i];
        const close = Math.min(9_000_000, Math.max(100, Math.round(prev * (1 + m.change / 1e4))));
        const open = Math.max(100, Math.round(prev * (1 + m.gap / 1e4)));
        prev = close;
        const day = weekday(0, k);
        if (m.flat) return { day, open: close, high: close, low: close, close, f32: m.f32 };
        const high = Math.max(open, close) + Math.round((close * m.up) / 1e4);
        const low = Math.max(1, Math.min(open, close) - Math.round((close * m.down) / 1e4));
        return { day, open, high, low, close, f32: m.f32 };
      });
      const lowest = Math.min(...bars.map((b) => b.low)) / 100;
      const highest = Math.max(...bars.map((b) => b.high)) / 100;
      const step = roundStep((highest - lowest) / 4);
      return { index: { symbol, bars, step, lowest, highest }, duplicate: duplicate === null ? null : duplicate % bars.length };
    });

const history: fc.Arbitrary<History> = fc
  .record({
    columns: fc.constantFrom<Columns>('ohlc', 'ohlc', 'hc', 'olc'),
    symbols: fc.uniqueArray(fc.constantFrom('SPX', 'NDX', 'DJI', 'RUT', 'VIX', 'DAX', 'N225', 'FTSE'), { minLength: 2, maxLength: 4 }),
    span: fc.integer({ min: 8, max: 160 }),
    week: fc.integer({ min: 0, max: 300 }),
  })
  .chain(({ columns, symbols, span, week }) =>
    fc
      .tuple(...symbols.map((s) => indexOver(s, span)))
      .map((made) => {
        const shift = 7 * week;
        const indexes = made.map(({ index }) => ({ ...index, bars: index.bars.map((b) => ({ ...b, day: b.day + shift })) }));
        const rows = indexes.flatMap((index, i) =>
          index.bars.flatMap((bar, j) => (made[i].duplicate === j ? [{ symbol: index.symbol, bar }, { symbol: index.symbol, bar }] : [{ symbol: index.symbol, bar }])),
        );
        return { columns, indexes, rows };
      })
      .chain(({ columns, indexes, rows }) =>
        fc
          .record({
            shuffled: fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            levelAt: fc.array(fc.double({ min: 0, max: 1.1, noNaN: true }), { minLength: 6, maxLength: 6 }),
            asOfAt: fc.double({ min: 0, max: 1, noNaN: true }),
          })
          .map(({ shuffled, levelAt, asOfAt }) => layouts(columns, indexes, rows, shuffled, levelAt, asOfAt)),
      ),
  );

function layouts(columns: Columns, made: readonly Index[], rows: readonly Row[], shuffled: readonly Row[], levelAt: readonly number[], asOfAt: number): History {
  // Indexes in order of first appearance in the shuffled rows: every layout shows them in that order.
  const order = [...new Set(shuffled.map((r) => r.symbol))];
  const rank = new Map(order.map((s, i) => [s, i]));
  const indexes = order.map((s) => made.find((index) => index.symbol === s)!);
  const bySymbol = (a: Row, b: Row): number => rank.get(a.symbol)! - rank.get(b.symbol)!;
  const grouped = [...rows].sort(bySymbol);
  const byDate = [...grouped].sort((a, b) => a.bar.day - b.bar.day || bySymbol(a, b));
  const newestFirst = [...grouped].sort((a, b) => b.bar.day - a.bar.day || bySymbol(a, b));
  /** The `i`-th level asked for: one of the `i % n`-th index's. */
  const level = (i: number): string => levelOf(indexes[i % indexes.length], levelAt[i]);
  const days = [...new Set(rows.map((r) => r.bar.day))].sort((a, b) => a - b);
  return {
    columns,
    indexes,
    grouped,
    byDate,
    shuffled,
    newestFirst,
    steps: indexes.map((index) => `${index.symbol}=${index.step}`).join(','),
    levels: [0, 1, 2].map(level).join(','),
    target: level(3),
    distance: level(4),
    closedAbove: level(5),
    asOf: isoFromDayNumber(days[Math.floor(asOfAt * (days.length - 1))]),
    // A failure names the layouts' files (kept) in its message; the counterexample itself stays short.
    [fc.toStringMethod]: () =>
      `${indexes.map((index) => `${index.symbol} (${index.bars.length} sessions)`).join(', ')}, columns ${HEADERS[columns].join(',')}, ${rows.length} rows`,
  };
}

interface Dialect {
  readonly delimiter: ',' | ';';
  readonly quoted: boolean;
  readonly decimalComma: boolean;
}

const PLAIN: Dialect = { delimiter: ',', quoted: false, decimalComma: false };

/** The CSV text of `rows` in `dialect`. */
function writeCsv(columns: Columns, rows: readonly Row[], dialect: Dialect): string {
  const price = (cents: number, f32: boolean): string => {
    const text = f32 ? String(Math.fround(cents / 100)) : (cents / 100).toFixed(2);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  };
  const line = (fields: readonly string[]): string => fields.map((f) => (dialect.quoted ? `"${f}"` : f)).join(dialect.delimiter);
  const cells = ({ symbol, bar }: Row): string[] =>
    HEADERS[columns].map((name) => {
      switch (name) {
        case 'date':
          return isoFromDayNumber(bar.day);
        case 'symbol':
          return symbol;
        default:
          return price(bar[name as 'open' | 'high' | 'low' | 'close'], bar.f32);
      }
    });
  return `${[line(HEADERS[columns]), ...rows.map((r) => line(cells(r)))].join('\n')}\n`;
}

type LayoutName = 'grouped' | 'byDate' | 'shuffled' | 'newestFirst' | 'quoted' | 'semicolon' | 'stdin';
const LAYOUTS: readonly LayoutName[] = ['grouped', 'byDate', 'shuffled', 'newestFirst', 'quoted', 'semicolon', 'stdin'];

/** What a layout hands the CLI: a file path, or `-` with the text on standard input. */
interface Input {
  readonly arg: string;
  readonly stdin?: string;
}

const BASENAME = 'history.csv';

/** Writes every layout of `h` (each in its own temporary directory, one base name); returns them and the directories. */
function writeLayouts(h: History): { inputs: Record<LayoutName, Input>; dirs: string[] } {
  const dirs: string[] = [];
  const file = (text: string): Input => {
    const dir = mkdtempSync(join(tmpdir(), 'milestones-same-'));
    dirs.push(dir);
    const path = join(dir, BASENAME);
    writeFileSync(path, text);
    return { arg: path };
  };
  const grouped = writeCsv(h.columns, h.grouped, PLAIN);
  const inputs: Record<LayoutName, Input> = {
    grouped: file(grouped),
    byDate: file(writeCsv(h.columns, h.byDate, PLAIN)),
    shuffled: file(writeCsv(h.columns, h.shuffled, PLAIN)),
    newestFirst: file(writeCsv(h.columns, h.newestFirst, PLAIN)),
    quoted: file(writeCsv(h.columns, h.grouped, { ...PLAIN, quoted: true })),
    semicolon: file(writeCsv(h.columns, h.grouped, { delimiter: ';', quoted: true, decimalComma: true })),
    stdin: { arg: '-', stdin: grouped },
  };
  return { inputs, dirs };
}

/** A command of the CLI, `FILE` standing for the layout's input. */
interface Case {
  readonly name: string;
  readonly args: (h: History) => string[];
  /** The exit codes the grouped file may give (anything else is a broken test, not a difference). */
  readonly codes: readonly number[];
}

const FILE = '<file>';

const CASES: readonly Case[] = [
  ...(['table', 'json', 'ndjson', 'csv', 'markdown'] as const).map((format) => ({
    name: `compute --format ${format}`,
    // --wide: the title stays on one line, whatever the length of each layout's file name.
    args: (h: History) => ['compute', FILE, '--step', h.steps, '--format', format, ...(format === 'table' ? ['--wide'] : [])],
    codes: [0],
  })),
  { name: 'compute --context --format json', args: (h) => ['compute', FILE, '--step', h.steps, '--context', '--format', 'json'], codes: [0] },
  { name: 'compute --as-of --target --format json', args: (h) => ['compute', FILE, '--step', h.steps, '--as-of', h.asOf, '--target', h.target, '--format', 'json'], codes: [0] },
  { name: 'compute --levels --inclusive --format csv', args: (h) => ['compute', FILE, '--levels', h.levels, '--inclusive', '--format', 'csv'], codes: [0] },
  { name: 'distance --format json', args: (h) => ['distance', h.distance, FILE, '--format', 'json'], codes: [0] },
  { name: 'check --closed-above (exit status)', args: (h) => ['check', FILE, '--closed-above', h.closedAbove], codes: [0, 1] },
  ...(['csv', 'json', 'table'] as const).map((format) => ({
    name: `compare --format ${format}`,
    args: (h: History) => ['compare', FILE, '--step', h.steps, '--format', format],
    codes: [0],
  })),
  ...(['csv', 'json'] as const).map((format) => ({
    name: `drawdowns --min 5 --format ${format}`,
    args: () => ['drawdowns', FILE, '--min', '5', '--format', format],
    codes: [0],
  })),
  { name: 'chart (terminal)', args: (h) => ['chart', FILE, '--step', h.steps, '--width', '60', '--height', '12', '--no-color'], codes: [0] },
];

/** The path a layout is named by in output, as the grouped file's would be: `DIR/history.csv`. */
const SOURCE = `DIR/${BASENAME}`;

/** `text` with the layout's own name for its input (its path, or `-`) replaced by `SOURCE`. */
function withSource(text: string, input: Input): string {
  if (input.stdin === undefined) return text.split(dirname(input.arg)).join('DIR');
  return text
    .replace(/^(milestones: warning: )-(:)/gm, `$1${SOURCE}$2`)
    .replace(/\(milestones quality - lists them\)/g, `(milestones quality ${SOURCE} lists them)`)
    .replace(/("source": ?)"-"/g, `$1"${SOURCE}"`)
    .replace(/^(\S.*  )-$/gm, `$1${SOURCE}`);
}

/** `text` with the numbers of the lines that data-quality warnings name masked: they depend on the row order. */
function maskLines(text: string): string {
  return text
    .replace(/^(milestones: warning: [^:\n]+:)\d+:/gm, '$1#:')
    .replace(/("line": ?)\d+/g, '$1#')
    .replace(/\bline \d+/g, 'line #');
}

interface Seen {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function runLayouts(c: Case, h: History, inputs: Record<LayoutName, Input>): Promise<Record<LayoutName, Seen>> {
  const runs = await Promise.all(
    LAYOUTS.map(async (name): Promise<Seen> => {
      const input = inputs[name];
      const r: CliRun = await runCliAsync(c.args(h).map((a) => (a === FILE ? input.arg : a)), { input: input.stdin });
      return { code: r.code, stdout: withSource(r.stdout, input), stderr: withSource(r.stderr, input) };
    }),
  );
  return Object.fromEntries(LAYOUTS.map((name, i) => [name, runs[i]])) as Record<LayoutName, Seen>;
}

/** The reproducer printed with a failure: the command on each layout's file. */
function reproducer(c: Case, h: History, inputs: Record<LayoutName, Input>): string {
  return LAYOUTS.map((name) => {
    const input = inputs[name];
    const args = c.args(h).map((a) => (a === FILE ? input.arg : a)).join(' ');
    return `  ${name}: ${input.stdin === undefined ? '' : `< ${inputs.grouped.arg} `}milestones ${args}`;
  }).join('\n');
}

describe('every command gives the same report from every layout of a history', () => {
  for (const c of CASES) {
    it(c.name, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(history, async (h) => {
          const { inputs, dirs } = writeLayouts(h);
          let passed = false;
          try {
            const seen = await runLayouts(c, h, inputs);
            const grouped = seen.grouped;
            const where = `\n${reproducer(c, h, inputs)}\n`;
            expect(c.codes, `grouped file, exit ${grouped.code}: ${grouped.stderr}${where}`).toContain(grouped.code);
            expect(seen.stdin, `standard input${where}`).toEqual(grouped);
            const masked = (s: Seen): Seen => ({ code: s.code, stdout: maskLines(s.stdout), stderr: maskLines(s.stderr) });
            for (const name of LAYOUTS.filter((l) => l !== 'grouped' && l !== 'stdin')) {
              expect(masked(seen[name]), `${name}${where}`).toEqual(masked(grouped));
            }
            passed = true;
          } finally {
            // A failing history's files stay, for the reproducer.
            if (passed) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});
