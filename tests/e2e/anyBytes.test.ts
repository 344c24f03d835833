import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// The process-level form of the ingest property (tests/ingest/properties.test.ts runs it in-process
// thousands of times): whatever bytes a file holds, the CLI exits 0 or 3, never 4 and never a stack.
describe('compute on arbitrary bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'milestones-bytes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('exits 0 or 3 with at most warnings and one error line, never an internal error', () => {
    const csvish = fc.array(fc.constantFrom(...'0123456789-/.,;"\n Date,Close'), { maxLength: 120 }).map((cs) => Buffer.from(`Date,Close\n${cs.join('')}`));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), csvish), (bytes) => {
        const file = join(dir, 'input.csv');
        writeFileSync(file, bytes);
        const r = runCli(['compute', file, '--format', 'json']);
        expect([0, 3]).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        if (r.code === 3) {
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/^(milestones: warning: .*\n)*milestones: (?!warning).*\n$/);
        } else {
          expect(() => JSON.parse(r.stdout)).not.toThrow();
        }
      }),
      { numRuns: 12 },
    );
  });
});
