import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/runCli.js';

// The script examples of docs/scripts.md, run as a user would: `milestones` on the PATH, from another directory.
// Figures: fixtures/SOURCES.md (close 6,978.03 on 2026-01-28, below 7,000; first close above 7,000 on
// 2026-04-15) and the last row of fixtures/spx.csv (2026-08-21, close 7,674.37).
const pathDir = mkdtempSync(join(tmpdir(), 'milestones-path-'));
symlinkSync(BIN, join(pathDir, 'milestones'));
afterAll(() => rmSync(pathDir, { recursive: true, force: true }));
const env = { ...process.env, PATH: [pathDir, dirname(process.execPath), process.env.PATH].join(delimiter) };
const spx = join(ROOT, 'fixtures/spx.csv');

function run(command: string, args: readonly string[]) {
  const r = spawnSync(command, args, { cwd: pathDir, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hasPython = spawnSync('python3', ['--version']).status === 0;
const page = readFileSync(join(ROOT, 'docs/scripts.md'), 'utf8');

describe('examples/closed-above.sh', () => {
  const script = join(ROOT, 'examples/closed-above.sh');

  it('answers no, 0.31% below, on 2026-01-28', () => {
    const r = run('sh', [script, '7000', spx, '--as-of', '2026-01-28']);
    expect(r).toEqual({ code: 0, stdout: 'closed above 7000: no; last close -0.31% from it\n', stderr: '' });
  });

  it('answers yes, 9.63% above, on the bundled history', () => {
    // (7674.37 / 7000 − 1) × 100 = 9.6339
    expect(run('sh', [script]).stdout).toBe('closed above 7000: yes; last close +9.63% from it\n');
  });

  it('answers for one index, and says so rather than misread several', () => {
    const r = run('sh', [script, '7000', spx, join(ROOT, 'fixtures/ixic.csv')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'closed-above.sh: one index at a time (closed_above.py answers for each)\n' });
  });

  it('passes an error on with its exit status', () => {
    const r = run('sh', [script, '7000', 'missing.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: missing.csv: no such file\n');
  });

  it('is shown in docs/scripts.md as it is', () => {
    expect(page).toContain(readFileSync(script, 'utf8'));
  });
});

describe.runIf(hasPython)('examples/closed_above.py', () => {
  const script = join(ROOT, 'examples/closed_above.py');

  it('answers for each index on 2026-01-28', () => {
    const r = run('python3', [script, '7,000', spx, join(ROOT, 'fixtures/vix.csv'), '--as-of', '2026-01-28']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'SPX: closed above 7,000: no; last close 6,978.03 on 2026-01-28 is -21.97 points (-0.31%) from it\n' +
        'VIX: closed above 7,000: no; last close 16.35 on 2026-01-28 is -6,983.65 points (-99.77%) from it\n',
    );
  });

  it('answers for each index against its own level', () => {
    // fixtures/ixic.csv (awk): the first close above 25,000 is 25,114.44 on 2026-05-01; the last, 26,180.46 on 2026-08-21.
    const r = run('python3', [script, 'SPX=7000,IXIC=25000', spx, join(ROOT, 'fixtures/ixic.csv')]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[1]).toMatch(/^IXIC: closed above 25,000: yes, first on 2026-05-01; last close 26,180.46 on 2026-08-21 is \+1,180.46 points \(\+4.72%\) from it$/);
  });

  it('answers yes with the first close above on the bundled history', () => {
    expect(run('python3', [script]).stdout).toBe(
      'SPX: closed above 7,000: yes, first on 2026-04-15; last close 7,674.37 on 2026-08-21 is +674.37 points (+9.63%) from it\n',
    );
  });

  it('passes an error on with its exit status', () => {
    const r = run('python3', [script, '7000', 'missing.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: missing.csv: no such file\n');
  });

  it('is shown in docs/scripts.md as it is', () => {
    expect(page).toContain(readFileSync(script, 'utf8'));
  });
});
