import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/Io.type.js';
import { buildProgram } from '../../src/cli/program.js';
import { textInput } from '../helpers/textInput.js';
import { SMALL_CSV } from './smallFixture.js';

/** Runs `milestones ARGS` in-process against a fake terminal of the given size. */
async function runInTerminal(args: string[], terminalSize: Io['terminalSize'], stdoutIsTTY = true) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const io: Io = {
    openInput: async () => textInput(SMALL_CSV),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    stdoutIsTTY,
    terminalSize,
    writeFile: async (path, data) => void written.set(path, data),
  };
  let code = -1;
  await (await buildProgram(io, '0.0.0', (c) => (code = c))).parseAsync(['node', 'milestones', ...args]);
  return { stdout, stderr, code, written };
}

describe('milestones chart (in-process)', () => {
  it('fills the terminal, leaving its last row for the prompt, in colour', async () => {
    const r = await runInTerminal(['chart', 'small.csv', '--step', '100'], { columns: 70, rows: 21 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(r.stdout).toMatch(/\u001b\[/);
    const plain = lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(Math.max(...plain.map((l) => [...l].length))).toBeLessThanOrEqual(70);
  });

  it('shares the terminal rows among the panels of several indexes', async () => {
    const r = await runInTerminal(['chart', 'a.csv', 'b.csv', '--step', '100', '--no-color'], { columns: 70, rows: 21 });
    expect(r.code).toBe(0);
    // 21 rows − 1 for the prompt − 1 blank line between the panels = 19: 10 + 9.
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[10]).toBe('');
    expect([lines[0], lines[11]].map((l) => l.split('  ')[0])).toEqual(['A', 'B']);
  });

  it('uses --width and --height over the terminal size', async () => {
    const r = await runInTerminal(['chart', 'small.csv', '--width', '50', '--height', '12', '--no-color'], { columns: 200, rows: 60 });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(12);
  });

  it('writes pictures through Io.writeFile and says so on stderr', async () => {
    const r = await runInTerminal(['chart', 'small.csv', '--out', 'c.svg', '--width', '640', '--height', '360'], null, false);
    expect(r.stdout).toBe('');
    // Data-quality warnings about the fixture (weekend rows, once the ingest checks them) may precede it.
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('milestones: warning: '))).toEqual(['milestones: wrote c.svg (640×360 SVG)']);
    expect(String(r.written.get('c.svg'))).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="360"/);
  });
});
