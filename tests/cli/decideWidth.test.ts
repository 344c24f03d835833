import { describe, expect, it } from 'vitest';
import { decideWidth } from '../../src/cli/decideWidth.js';

describe('decideWidth', () => {
  const tty = { columns: 132 };
  it('has no limit with --wide, whatever the terminal or COLUMNS', () => {
    expect(decideWidth(true, { COLUMNS: '60' }, tty)).toBe(Infinity);
  });

  it('takes COLUMNS first, then the terminal, then 80', () => {
    expect(decideWidth(false, { COLUMNS: '100' }, tty)).toBe(100);
    expect(decideWidth(false, {}, tty)).toBe(132);
    expect(decideWidth(false, {}, null)).toBe(80);
  });

  it.each(['', '0', '-5', 'wide', '80.5', '1e3'])('ignores COLUMNS=%j', (columns) => {
    expect(decideWidth(false, { COLUMNS: columns }, null)).toBe(80);
    expect(decideWidth(false, { COLUMNS: columns }, tty)).toBe(132);
  });
});
