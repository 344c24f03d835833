import { textInput } from '../helpers/textInput.js';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/Io.type.js';
import { startProgress } from '../../src/cli/startProgress.js';

function fakeIo(): { io: Io; err: string[] } {
  const err: string[] = [];
  return { err, io: { openInput: async () => textInput(''), stdout: () => {}, stderr: (t) => void err.push(t), env: {}, stdoutIsTTY: false, stderrIsTTY: true, terminalSize: null, writeFile: async () => {} } };
}

describe('startProgress', () => {
  it('draws nothing during the first second', () => {
    const { io, err } = fakeIo();
    let t = 0;
    const p = startProgress(io, () => t);
    t = 999;
    p.update(1e6, 100, 2e6);
    p.done();
    expect(err).toEqual([]);
  });

  it('draws bytes, lines and rate after a second, then erases the line', () => {
    const { io, err } = fakeIo();
    let t = 0;
    const p = startProgress(io, () => t);
    t = 2000;
    p.update(100e6, 1_500_000, 287e6);
    expect(err[0], '100 MB in 2 s is 50 MB/s').toBe('\rmilestones: 100 of 287 MB, 1,500,000 lines, 50 MB/s\x1b[K');
    t = 2100;
    p.update(110e6, 1_600_000, 287e6);
    expect(err, 'redrawn at most every 200 ms').toHaveLength(1);
    p.done();
    expect(err[1]).toBe('\r\x1b[K');
  });
});
