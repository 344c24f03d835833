import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/runCli.js';

const ESC = /\x1b\[/;

/** Runs a shell command line from the project root; `$M` is the built CLI. */
function sh(script: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', script], {
    cwd: ROOT,
    env: { ...process.env, M: BIN, ...env },
    encoding: 'utf8',
  });
  // Data-quality warnings on the bundled files are expected on stderr; an EPIPE trace is not.
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^milestones: warning: .*\n/gm, '') };
}

describe('a closed pipe', () => {
  // ~490 KB of CSV, far beyond a pipe's 64 KB buffer, so the writer meets the closed pipe.
  const big = '$M compute fixtures/spx.csv --step 1 --format csv';

  it('exits 0 quietly when the reader stops after one line (| head -1)', () => {
    const r = sh(`{ ${big}; echo "exit=$?" >&2; } | head -1`);
    expect(r.stdout).toBe('symbol,level,status,firstTouchDate,firstTouchHigh,firstCloseDate,firstClose,tradingDays,calendarDays,touchToCloseSessions\n');
    expect(r.stderr, 'no EPIPE trace, status 0').toBe('exit=0\n');
  });

  it('exits 0 quietly for every format and command cut short', () => {
    for (const args of ['compute fixtures/spx.csv fixtures/dji.csv fixtures/ixic.csv --step 10', 'distance 7000 fixtures/spx.csv fixtures/vix.csv']) {
      for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) {
        const r = sh(`{ $M ${args} --format ${format}; echo "exit=$?" >&2; } | head -c 10`);
        expect(r.stderr, `${args} --format ${format}`).toBe('exit=0\n');
        expect(r.stdout.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a run ended by a signal while it reads standard input', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: removes its copy of standard input and dies of the signal (128 + its number to a shell), saying nothing`, async () => {
      // The copy goes to a directory under os.tmpdir(), which is TMPDIR: one of this test's own.
      const tmp = mkdtempSync(join(tmpdir(), 'milestones-signal-'));
      const child = spawn(BIN, ['compute', '-'], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp } });
      try {
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        const ended = new Promise((resolve) => child.on('exit', (code, killedBy) => resolve({ code, killedBy })));
        // Standard input stays open: the run waits for more rows.
        child.stdin.write('Date,Close\n2024-01-02,4742.83\n2024-01-03,4704.81\n');
        // What the run has made under TMPDIR: `milestones-XXXXXX/input` once it has read the rows.
        const made = () => readdirSync(tmp, { recursive: true }).sort();
        for (let waited = 0; made().length < 2; waited += 10) {
          if (waited > 10_000) throw new Error(`no copy of standard input after 10 s: ${made()}`);
          await sleep(10);
        }
        expect(made()).toEqual([expect.stringMatching(/^milestones-\w{6}$/), expect.stringMatching(/^milestones-\w{6}\/input$/)]);
        child.kill(signal);
        expect(await ended).toEqual({ code: null, killedBy: signal });
        expect(stderr).toBe('');
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        child.kill('SIGKILL');
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});

describe.runIf(existsSync('/dev/full'))('a standard output that cannot be written (/dev/full: no space left)', () => {
  it('ends with one line on stderr and exit 5, for output and for --help', () => {
    for (const args of ['compute fixtures/spx.csv', 'compute fixtures/spx.csv --step 1 --format csv', 'compare fixtures/spx.csv', 'compute --help']) {
      const r = sh(`$M ${args} > /dev/full`);
      expect(r.code, args).toBe(5);
      expect(r.stderr, args).toBe('milestones: cannot write standard output (ENOSPC)\n');
    }
  });
});

describe('colour', () => {
  const cmds = [
    ['compute', 'fixtures/spx.csv', '--target', '7000'],
    ['distance', '7000', 'fixtures/spx.csv'],
  ];
  for (const args of cmds) {
    const name = args[0];
    it(`${name}: none when stdout is not a terminal`, () => {
      expect(runCli(args).stdout).not.toMatch(ESC);
    });

    it(`${name}: FORCE_COLOR forces it through a pipe`, () => {
      expect(runCli(args, { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESC);
    });

    it(`${name}: none with --no-color or FORCE_COLOR=0, even when forced`, () => {
      expect(runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESC);
      expect(runCli(args, { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(ESC);
    });

    it(`${name}: none with NO_COLOR`, () => {
      expect(runCli(args, { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ESC);
    });

    it(`${name}: never in the machine formats or markdown, even when forced`, () => {
      for (const format of ['json', 'ndjson', 'csv', 'markdown']) {
        expect(runCli([...args, '--format', format], { env: { FORCE_COLOR: '1' } }).stdout, format).not.toMatch(ESC);
      }
    });
  }

  it('a forced table differs from the plain one only by escape codes', () => {
    const args = ['distance', '7000', 'fixtures/spx.csv', 'fixtures/vix.csv', '--as-of', '2026-01-28'];
    const forced = runCli(args, { env: { FORCE_COLOR: '1' } }).stdout;
    expect(forced.replace(/\x1b\[[0-9;]*m/g, '')).toBe(runCli(args).stdout);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('colour on a terminal (util-linux script gives the CLI a pseudo-terminal)', () => {
  function onTerminal(args: string, env: Record<string, string> = {}): string {
    const base: Record<string, string | undefined> = { ...process.env };
    delete base.FORCE_COLOR;
    Object.assign(base, env);
    const r = spawnSync('script', ['-qec', `${BIN} ${args}`, '/dev/null'], { cwd: ROOT, env: base, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  }

  it('colours the table on a terminal', () => {
    expect(onTerminal('distance 7000 fixtures/spx.csv')).toMatch(ESC);
  });

  it('does not colour it with NO_COLOR, --no-color or FORCE_COLOR=0', () => {
    expect(onTerminal('distance 7000 fixtures/spx.csv', { NO_COLOR: '1' })).not.toMatch(ESC);
    expect(onTerminal('distance 7000 fixtures/spx.csv --no-color')).not.toMatch(ESC);
    expect(onTerminal('distance 7000 fixtures/spx.csv', { FORCE_COLOR: '0' })).not.toMatch(ESC);
  });

  it('never colours a machine format on a terminal', () => {
    expect(onTerminal('distance 7000 fixtures/spx.csv --format json')).not.toMatch(ESC);
  });
});
