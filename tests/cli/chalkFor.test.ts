import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/Io.type.js';
import { chalkFor } from '../../src/cli/sharedOptions.js';
import { PLAIN_CHALK } from '../../src/render/plainChalk.js';

describe('chalkFor', () => {
  const io = (env: Record<string, string>, stdoutIsTTY: boolean) => ({ env, stdoutIsTTY }) as unknown as Io;

  it('colours a terminal with chalk itself', async () => {
    const chalk = await chalkFor(true, io({}, true));
    expect(chalk.level).toBe(1);
    expect(chalk.bold('x')).toBe('\u001b[1mx\u001b[22m');
  });

  it('writes plain text to a pipe, or with --no-color', async () => {
    expect(await chalkFor(true, io({}, false))).toBe(PLAIN_CHALK);
    expect(await chalkFor(false, io({ FORCE_COLOR: '1' }, true))).toBe(PLAIN_CHALK);
  });
});
