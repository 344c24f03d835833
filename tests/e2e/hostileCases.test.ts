import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/runCli.js';

// The reproducers of issue 13 not tested elsewhere (cases 3, 6, 8, 9 are in pipes, chart and
// terminalEscapes; case 4's endless stdin and 1e308 in memoryBound; case 10 in suspiciousRows).
const dir = mkdtempSync(join(tmpdir(), 'milestones-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A shell command line from the project root; `$M` is the built CLI. */
function sh(script: string, timeout = 20_000) {
  const r = spawnSync('sh', ['-c', script], { cwd: ROOT, env: { ...process.env, M: BIN, D: dir }, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('issue 13 reproducers', () => {
  it('1: a high of 7465.95996093e5 (a stack overflow before) is one input error', () => {
    const r = runCli(['compute', '-'], { input: 'date,high,close\n2020-01-02,7465.95996093e5,100\n' });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    // (746,595,996.093 − 0) ÷ 1,000 ≈ 746,596 levels above the first close of 100: over 100,000.
    expect(r.stderr).toBe('milestones: -:2: STDIN: a price of 746595996.093 would make more than 100,000 milestone levels of 1000 points: check the row, or use a larger --step\n');
  });

  it('2: a 400-digit close is too large to be a price, from a file as from standard input', () => {
    const csv = `date,close\n2020-01-02,1${'0'.repeat(400)}\n`;
    const file = join(dir, 'digits.csv');
    writeFileSync(file, csv);
    const byPath = runCli(['compute', file]);
    const byStdin = runCli(['compute', '-'], { input: csv });
    expect([byPath.code, byStdin.code]).toEqual([3, 3]);
    expect(byPath.stderr).toBe(`milestones: ${file}:2: close "1000000000000000000000000000000000000..." is too large to be a price\n`);
    expect(byStdin.stderr).toBe('milestones: -:2: close "1000000000000000000000000000000000000..." is too large to be a price\n');
  });

  it('4: a valid file on standard input (exit 4 or 3 before, past 512 MB) gives the report it gives by path', () => {
    const byPath = runCli(['compute', 'fixtures/spx.csv', '--format', 'csv', '--quiet', '--symbol', 'SPX']);
    const byStdin = runCli(['compute', '-', '--format', 'csv', '--quiet', '--symbol', 'SPX'], { input: readFileSync(join(ROOT, 'fixtures/spx.csv'), 'utf8') });
    expect(byStdin).toEqual(byPath);
  });

  it('5: a named FIFO is read once, as a stream (it hung for ever)', () => {
    const r = sh(`mkfifo "$D/p.csv" && { printf 'date,close\\n2020-01-02,100\\n2020-01-03,1001\\n' > "$D/p.csv" & } && "$M" compute "$D/p.csv" --format csv --levels 1000`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\nP,1000,confirmed,,,2020-01-03,1001,,,\n');
  });

  it('7: a header cell of 200,000 stars then x is read in linear time (28.7 s before)', () => {
    const file = join(dir, 'stars.csv');
    writeFileSync(file, `date,${'*'.repeat(200_000)}x\n2020-01-02,100\n`);
    const started = Date.now();
    const r = runCli(['compute', file, '--format', 'csv']);
    expect(r.code, 'a two-column file: the second column is the close').toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('11: a LICENSE file with the MIT licence package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });
});
