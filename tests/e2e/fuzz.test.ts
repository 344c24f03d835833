import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';
import { runCliAsync } from '../helpers/runCliAsync.js';

// Seeded mutants of fixtures/spx.csv (a stretch of its lines, then one to three mutations each), every
// format, each read from a file and from standard input. Whatever the bytes: no internal error (exit 4),
// no stack trace, exit 0 only with output, an error as one line, and the same answer both ways.
const SEED = 20_261_302;
const MUTANTS = 200;
const FORMATS = ['csv', 'json', 'ndjson', 'table', 'markdown'] as const;
const COMMANDS = [['compute'], ['compute', '--context'], ['compare'], ['drawdowns', '--min', '5'], ['compute', '--step', '100']] as const;

const dir = mkdtempSync(join(tmpdir(), 'milestones-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, the same mutants on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const spx = readFileSync(join(ROOT, 'fixtures/spx.csv'));
const spxLines = spx.toString('latin1').split('\n');

type Mutation = (bytes: Buffer, random: () => number) => Buffer;
const at = (bytes: Buffer, random: () => number): number => Math.floor(random() * (bytes.length + 1));
const insert = (bytes: Buffer, i: number, text: string | Buffer): Buffer => Buffer.concat([bytes.subarray(0, i), Buffer.from(text), bytes.subarray(i)]);
const lines = (bytes: Buffer): string[] => bytes.toString('latin1').split('\n');
const joined = (parts: string[]): Buffer => Buffer.from(parts.join('\n'), 'latin1');
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

const MUTATIONS: Record<string, Mutation> = {
  flipByte: (b, r) => {
    const c = Buffer.from(b);
    if (c.length > 0) c[Math.floor(r() * c.length)] = Math.floor(r() * 256);
    return c;
  },
  truncate: (b, r) => b.subarray(0, at(b, r)),
  duplicateLine: (b, r) => {
    const l = lines(b);
    const i = Math.floor(r() * l.length);
    l.splice(i, 0, l[i]);
    return joined(l);
  },
  shuffleLines: (b, r) => {
    const l = lines(b);
    for (let i = l.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [l[i], l[j]] = [l[j], l[i]];
    }
    return joined(l);
  },
  swapLines: (b, r) => {
    const l = lines(b);
    const i = Math.floor(r() * l.length);
    const j = Math.floor(r() * l.length);
    [l[i], l[j]] = [l[j], l[i]];
    return joined(l);
  },
  deleteLine: (b, r) => {
    const l = lines(b);
    l.splice(Math.floor(r() * l.length), 1);
    return joined(l);
  },
  insertQuote: (b, r) => insert(b, at(b, r), '"'),
  insertNul: (b, r) => insert(b, at(b, r), Buffer.from([0])),
  insertHugeNumber: (b, r) => insert(b, at(b, r), pick(['1e308', '9'.repeat(400), '1e400', '-1', '0', '0.0', 'Infinity', 'NaN', '1,0', '7465.95996093e5'], r)),
  insertText: (b, r) => insert(b, at(b, r), pick([',', ';', '\t', 'x', ' ', '\u001b[31m', 'é', '\ufeff', '2099-06-01', ' garbage', '""', '\r', '\n\n', 'date,close'], r)),
  crlf: (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  crOnly: (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r'), 'latin1'),
  joinLines: (b, r) => {
    const c = b.toString('latin1');
    const i = c.indexOf('\n', Math.floor(r() * c.length));
    return i < 0 ? b : Buffer.from(c.slice(0, i) + c.slice(i + 1), 'latin1');
  },
  dropColumn: (b, r) => {
    const column = Math.floor(r() * 6);
    return joined(lines(b).map((line) => line.split(',').filter((_, k) => k !== column).join(',')));
  },
};

interface Mutant {
  readonly name: string;
  readonly bytes: Buffer;
  readonly args: readonly string[];
}

function mutants(): Mutant[] {
  const random = generator(SEED);
  const names = Object.keys(MUTATIONS);
  const out: Mutant[] = [];
  for (let n = 0; n < MUTANTS; n++) {
    // The header and a stretch of 50 to 400 lines from anywhere in the file.
    const from = 1 + Math.floor(random() * (spxLines.length - 401));
    let bytes = joined([spxLines[0], ...spxLines.slice(from, from + 50 + Math.floor(random() * 350)), '']);
    const applied: string[] = [];
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
      const name = pick(names, random);
      bytes = MUTATIONS[name](bytes, random);
      applied.push(name);
    }
    const format = FORMATS[n % FORMATS.length];
    const command = COMMANDS[Math.floor(n / FORMATS.length) % COMMANDS.length];
    // --wide: a table's title stays on one line whether it names the file or standard input.
    const wide = format === 'table' ? ['--wide'] : [];
    out.push({ name: `#${n} ${applied.join('+')} (lines ${from}..) ${command.join(' ')} --format ${format}`, bytes, args: [...command, '--format', format, '--symbol', 'SPX', ...wide] });
  }
  return out;
}

describe(`fuzz: ${MUTANTS} mutants of fixtures/spx.csv (seed ${SEED})`, () => {
  it('no internal error, no stack trace, output on success, one line on error, file and stdin alike', async () => {
    const all = mutants();
    const failures: string[] = [];
    const codes = new Set<number | null>();
    await Promise.all(
      all.map(async (m, n) => {
        const file = join(dir, `mutant-${n}.csv`);
        writeFileSync(file, m.bytes);
        const [byPath, byStdin] = await Promise.all([runCliAsync([m.args[0], file, ...m.args.slice(1)]), runCliAsync([m.args[0], '-', ...m.args.slice(1)], { input: m.bytes })]);
        const problems: string[] = [];
        codes.add(byPath.code);
        for (const [how, r] of [['file', byPath], ['stdin', byStdin]] as const) {
          if (r.code === 4) problems.push(`${how}: internal error`);
          if (/\n\s+at /.test(r.stderr)) problems.push(`${how}: a stack trace`);
          if (r.code === 0 && r.stdout === '') problems.push(`${how}: exit 0 without output`);
          if (r.code !== 0 && r.stdout !== '') problems.push(`${how}: exit ${r.code} with output`);
          if (r.code === 3 && !/^milestones: [^\n]*\n$/.test(r.stderr.replace(/^milestones: warning: .*\n/gm, ''))) problems.push(`${how}: not one line: ${r.stderr}`);
        }
        // The file's name where standard input says `-`: the only difference allowed.
        const asStdin = (text: string): string => text.split(file).join('-');
        if (byPath.code !== byStdin.code) problems.push(`exit ${byPath.code} from the file, ${byStdin.code} from stdin: ${byPath.stderr} | ${byStdin.stderr}`);
        else if (asStdin(byPath.stdout) !== byStdin.stdout) problems.push('different output from the file and from stdin');
        else if (asStdin(byPath.stderr) !== byStdin.stderr) problems.push(`different messages: ${byPath.stderr} | ${byStdin.stderr}`);
        if (problems.length > 0) failures.push(`${m.name}: ${problems.join('; ')}`);
      }),
    );
    expect(failures).toEqual([]);
    expect([...codes].sort(), 'the mutants reach reports and errors alike').toEqual([0, 3]);
  }, 180_000);
});
