import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/cli/decideColor.js';

describe('decideColor', () => {
  const cases: { name: string; flag?: boolean; env?: Record<string, string>; tty: boolean; level: 0 | 1 }[] = [
    { name: 'a terminal', tty: true, level: 1 },
    { name: 'a pipe', tty: false, level: 0 },
    { name: 'a terminal with --no-color', flag: false, tty: true, level: 0 },
    { name: 'a terminal with NO_COLOR=1', env: { NO_COLOR: '1' }, tty: true, level: 0 },
    { name: 'a terminal with an empty NO_COLOR', env: { NO_COLOR: '' }, tty: true, level: 1 },
    { name: 'a pipe with FORCE_COLOR=1', env: { FORCE_COLOR: '1' }, tty: false, level: 1 },
    { name: 'a pipe with FORCE_COLOR and NO_COLOR', env: { FORCE_COLOR: '1', NO_COLOR: '1' }, tty: false, level: 1 },
    { name: 'a terminal with FORCE_COLOR=0', env: { FORCE_COLOR: '0' }, tty: true, level: 0 },
    { name: 'a pipe with an empty FORCE_COLOR', env: { FORCE_COLOR: '' }, tty: false, level: 0 },
    { name: 'a pipe with FORCE_COLOR and --no-color', flag: false, env: { FORCE_COLOR: '1' }, tty: false, level: 0 },
  ];
  for (const c of cases) {
    it(`returns ${c.level} for ${c.name}`, () => {
      expect(decideColor(c.flag ?? true, c.env ?? {}, c.tty)).toBe(c.level);
    });
  }
});
