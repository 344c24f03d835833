import { describe, expect, it } from 'vitest';
import { workerMinBytes } from '../../src/cli/workerMinBytes.js';
import { UsageError } from '../../src/errors.js';
import { runCli } from '../helpers/runCli.js';

describe('MILESTONES_WORKER_MIN_MB', () => {
  it('is a number of MiB, unset or empty for the default', () => {
    expect(workerMinBytes({})).toBeUndefined();
    expect(workerMinBytes({ MILESTONES_WORKER_MIN_MB: '' })).toBeUndefined();
    expect(workerMinBytes({ MILESTONES_WORKER_MIN_MB: '16' })).toBe(16 * 1048576);
    expect(workerMinBytes({ MILESTONES_WORKER_MIN_MB: '0.5' })).toBe(524288);
    expect(workerMinBytes({ MILESTONES_WORKER_MIN_MB: '0' })).toBe(0);
  });

  it('refuses anything else', () => {
    for (const bad of ['abc', '-1', '1e3', '16MB']) expect(() => workerMinBytes({ MILESTONES_WORKER_MIN_MB: bad }), bad).toThrow(UsageError);
  });

  it('stops the CLI with a usage error (exit 2), one line, nothing on stdout', () => {
    const r = runCli(['compute', 'fixtures/spx.csv'], { env: { MILESTONES_WORKER_MIN_MB: 'lots' } });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'milestones: MILESTONES_WORKER_MIN_MB must be a number of megabytes, not "lots"\n' });
  });
});
