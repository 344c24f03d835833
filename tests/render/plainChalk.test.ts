import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { PLAIN_CHALK } from '../../src/render/plainChalk.js';

const chalk0 = new Chalk({ level: 0 });

describe('PLAIN_CHALK', () => {
  it.each([
    ['bold', ['SPX']],
    ['dim', ['']],
    ['green', [7000]],
    ['yellow', ['open', 'since', 2022]],
  ] as const)('writes %s(%j) as chalk at level 0 does', (style, args) => {
    expect(PLAIN_CHALK[style](...args)).toBe(chalk0[style](...args));
  });

  it('writes chained styles as chalk at level 0 does', () => {
    expect(PLAIN_CHALK.red.bold('down')).toBe(chalk0.red.bold('down'));
    expect(PLAIN_CHALK.green.bold.underline('up', 1)).toBe(chalk0.green.bold.underline('up', 1));
  });

  it('has level 0 and is not taken for a promise', async () => {
    expect(PLAIN_CHALK.level).toBe(0);
    expect(await Promise.resolve(PLAIN_CHALK)).toBe(PLAIN_CHALK);
  });
});
