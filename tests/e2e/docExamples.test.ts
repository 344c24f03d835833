import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module, shared with `npm run docs:examples`
import { examplesOf, pages, ROOT, run } from '../../scripts/docExamples.mjs';

// Every ```console example of README.md and docs/ prints what the page shows (stdout, 80 columns, no
// colour). After a change of output: `npm run build && npm run docs:examples`, and read the diff.
const all = (pages() as string[]).map((page) => ({ page, examples: examplesOf(readFileSync(join(ROOT, page), 'utf8')) as { command: string; expected: string }[] }));

describe('the examples of README.md and docs/', () => {
  it('has examples in the README and in docs/', () => {
    expect(all.find((p) => p.page === 'README.md')?.examples.length).toBeGreaterThanOrEqual(4);
    expect(all.filter((p) => p.page !== 'README.md').flatMap((p) => p.examples).length).toBeGreaterThanOrEqual(8);
  });

  for (const { page, examples } of all) {
    for (const { command, expected } of examples) {
      it(`${page}: ${command}`, () => {
        expect(run(command)).toBe(expected);
      });
    }
  }
});
