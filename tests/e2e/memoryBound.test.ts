import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber, weekdayOf, isoFromDayNumber } from '../../src/calendar/dayNumber.js';
import { BIN, ROOT } from '../helpers/runCli.js';

// The documented bound (docs/performance.md, README): 200 MB of memory for any command on any file.
// Each run's peak resident memory is its own `process.resourceUsage().maxRSS`, read as it exits, so
// nothing needs installing; the CLI runs with the node options of the bin's shebang, as users run it.
const BOUND_KB = 200 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'milestones-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NODE_OPTIONS = /^#!.*\bnode((?: --[\w-]+=\S+)*)/.exec(readFileSync(BIN, 'utf8'))![1].trim().split(' ').filter(Boolean);
const BUNDLE = join(ROOT, 'dist/bundle/milestones.cjs');
/** The bin's own code, with the peak written to descriptor 3 as the process exits. */
const PROBE = `process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 0, ${JSON.stringify(BIN)});
require(${JSON.stringify(BUNDLE)}).main();`;

interface Run {
  readonly code: number | null;
  readonly peakKb: number;
  readonly stderr: string;
}

/** Runs the CLI with `args`; `stdin` bytes are written in 1 MiB pieces until the CLI stops reading. */
function measure(args: readonly string[], stdin?: { bytes: number; fill: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_OPTIONS, '-e', PROBE, ...args], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let peak = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (peak += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, peakKb: Number(peak), stderr }));
    child.stdin!.on('error', () => {}); // the CLI stops reading at an error: EPIPE
    if (stdin === undefined) return void child.stdin!.end();
    const piece = Buffer.alloc(1 << 20, stdin.fill);
    let left = stdin.bytes;
    const write = (): void => {
      while (left > 0 && !child.stdin!.destroyed) {
        left -= piece.length;
        if (!child.stdin!.write(piece)) return void child.stdin!.once('drain', write);
      }
      child.stdin!.end();
    };
    write();
  });
}

/** Writes lines to `name` in the temporary folder, a thousand at a time. */
async function writeLines(name: string, lines: Iterable<string>): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 1000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = [];
    }
  }
  out.end(batch.length > 0 ? `${batch.join('\n')}\n` : '');
  await new Promise<void>((r) => out.on('finish', () => r()));
  return path;
}

/** 100 indexes × 10,000 weekday sessions from 1980: random walks, grouped by symbol (1 M rows). */
function* millionRows(): Generator<string> {
  yield 'date,symbol,open,high,low,close';
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let s = 0; s < 100; s++) {
    let close = 100 + 900 * random();
    let day = toDayNumber(1980, 1, 1);
    for (let n = 0; n < 10_000; day++) {
      if (weekdayOf(day) === 0 || weekdayOf(day) === 6) continue;
      close *= 1 + (random() - 0.49) * 0.02;
      const c = close.toFixed(2);
      yield `${isoFromDayNumber(day)},S${s},${c},${(close * 1.005).toFixed(2)},${(close * 0.995).toFixed(2)},${c}`;
      n++;
    }
  }
}

function* oneRowSymbols(n: number): Generator<string> {
  yield 'date,symbol,close';
  for (let s = 0; s < n; s++) yield `2020-01-02,S${s},${100 + (s % 50)}`;
}

const COMMANDS: readonly (readonly string[])[] = [
  ['compute'],
  ['compute', '--format', 'json'],
  ['distance', '7000'],
  ['check', '--closed-above', '7000'],
  ['compare'],
  ['drawdowns'],
  ['chart'],
];
/** `command` on `file`: the file after the command's own positional arguments. */
const withFile = (command: readonly string[], file: string): string[] => [command[0], ...(command[0] === 'distance' ? [command[1], file] : [file, ...command.slice(1)])];

describe(`memory stays under ${BOUND_KB / 1024} MB`, () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    files.million = await writeLines('million.csv', millionRows());
    files.atBudget = await writeLines('ten-thousand-symbols.csv', oneRowSymbols(10_000));
    files.overBudget = await writeLines('hundred-thousand-symbols.csv', oneRowSymbols(100_000));
    files.hugePrice = join(dir, 'huge-price.csv');
    writeFileSync(files.hugePrice, 'date,high,close\n2020-01-02,101,100\n2020-01-03,1e308,1e308\n');
  }, 60_000);

  // Expected exit status: 0, 1 for check's "no", 3 for an input error (one line naming the file).
  const cases: { name: string; file: string; codes: number[]; stderr?: RegExp }[] = [
    { name: 'a 1 M-row file (100 indexes × 10,000 sessions)', file: 'million', codes: [0, 1] },
    { name: '10,000 one-row symbols (the most indexes a run reads)', file: 'atBudget', codes: [0, 1] },
    { name: '100,000 one-row symbols', file: 'overBudget', codes: [3], stderr: /^milestones: \S+:10002: "S10000" would be index 10,001: a run reads at most 10,000 indexes \(split the file by symbol\)\n$/ },
    // distance and check measure no milestone levels: the price is no error for them.
    { name: 'one huge price (1e308)', file: 'hugePrice', codes: [0, 1, 3], stderr: /^milestones: \S+:3: .*would make more than 100,000 milestone levels/ },
  ];
  for (const c of cases) {
    it(`every command on ${c.name}`, async () => {
      const runs = await Promise.all(COMMANDS.map((command) => measure(withFile(command, files[c.file]))));
      runs.forEach((r, i) => {
        const what = `${COMMANDS[i].join(' ')}: ${r.stderr}`;
        expect(c.codes, what).toContain(r.code);
        if (c.stderr !== undefined && r.code === 3) expect(r.stderr, what).toMatch(c.stderr);
        if (process.env.MEMORY_REPORT) console.log(`${c.name}: ${what.split(':')[0]}: ${r.peakKb} KB, exit ${r.code}`);
        expect(r.peakKb, what).toBeGreaterThan(10_000);
        expect(r.peakKb, what).toBeLessThan(BOUND_KB);
      });
    }, 120_000);
  }

  for (const [name, fill] of [['the character 0', 0x30], ['NUL bytes', 0]] as const) {
    it(`every command on 200 MB of ${name} on standard input: one line, exit 3`, async () => {
      const runs = await Promise.all(COMMANDS.map((command) => measure(withFile(command, '-'), { bytes: 200 << 20, fill })));
      runs.forEach((r, i) => {
        const what = `${COMMANDS[i].join(' ')}: ${r.stderr}`;
        expect(r.code, what).toBe(3);
        expect(r.stderr, what).toBe(fill === 0 ? 'milestones: -: is binary data, not CSV text (if it is UTF-16, save it as UTF-8)\n' : 'milestones: -:1: line longer than 64 MiB: not a CSV of daily prices\n');
        expect(r.peakKb, what).toBeLessThan(BOUND_KB);
        if (process.env.MEMORY_REPORT) console.log(`${name}: ${what.split(':')[0]}: ${r.peakKb} KB`);
      });
    }, 120_000);
  }
});
