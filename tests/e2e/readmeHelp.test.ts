import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

describe('README ## Options', () => {
  it('shows `milestones compute --help` verbatim', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('## Options (`milestones compute --help`)');
    const block = /```text\n([\s\S]*?)```/.exec(readme.slice(start));
    expect(block, 'the help block').not.toBeNull();
    const r = runCli(['compute', '--help']);
    expect(r.code).toBe(0);
    expect(block?.[1]).toBe(r.stdout);
  });
});
