import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/render/escapeControls.js';
import { runCli } from '../helpers/runCli.js';

// Issue 13, case 6: a symbol (or file name) with ESC, BEL or CSI in it reaches a terminal shown, never obeyed.
const dir = mkdtempSync(join(tmpdir(), 'milestones-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any control character a terminal could act on: C0, DEL and C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const RED = '\u001b[31mRED\u0007';
const file = join(dir, 'escapes.csv');
writeFileSync(file, `date,symbol,high,close\n2021-03-15,${RED},1001,990\n2021-03-16,${RED},1005,1002\n2021-03-20,${RED},1006,900\n`);

describe('control characters from a file never reach a terminal raw', () => {
  it('escapeControls writes each C0, DEL and C1 character as \\xHH and leaves other text alone', () => {
    expect(escapeControls('a\u001b[31mb\u0007c\u007fd\u009be é ✓')).toBe('a\\x1b[31mb\\x07c\\x7fd\\x9be é ✓');
  });

  it('table, Markdown and the terminal chart show the symbol escaped', () => {
    for (const args of [['compute', file], ['compute', file, '--format', 'markdown'], ['distance', '1000', file], ['compare', file], ['drawdowns', file], ['chart', file]]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(CONTROL);
      expect(r.stdout, args.join(' ')).toContain('\\x1b[31MRED\\x07');
    }
  });

  it('a warning and an error on stderr show it escaped', () => {
    const warned = runCli(['compute', file, '--format', 'csv']);
    expect(warned.stderr).toBe(`milestones: warning: ${file}:4: \\x1b[31MRED\\x07: 1 row on a weekend (a Sunday, or a Saturday after 1952-05-24), kept: line 4 (2021-03-20, a Saturday)\n`);
    const failed = runCli(['compute', file, '--as-of', '2021-03-01']);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toBe(`milestones: ${file}: \\x1b[31MRED\\x07 has no session on or before --as-of 2021-03-01: its first is 2021-03-15\n`);
  });

  it('a file name with an escape, as the symbol, is escaped too', () => {
    const named = join(dir, 'x\u001b[2Jy.csv');
    writeFileSync(named, 'date,close\n2021-03-15,100\n');
    const r = runCli(['compute', named, '--wide']);
    expect(r.stdout.split('\n')[0]).toBe(`X\\x1b[2JY  1 sessions, 2021-03-15 to 2021-03-15  ${dir}/x\\x1b[2Jy.csv`);
  });

  it('CSV and JSON keep the exact symbol: they are data for programs', () => {
    const csv = runCli(['compute', file, '--format', 'csv', '--levels', '1000']);
    expect(csv.stdout.split('\n')[1]).toBe(`${RED.toUpperCase()},1000,confirmed,2021-03-15,1001,2021-03-16,1002,,,1`);
    const json = runCli(['compute', file, '--format', 'json', '--levels', '1000']);
    expect(json.stdout).toContain('"symbol": "\\u001b[31MRED\\u0007"');
    expect(JSON.parse(json.stdout).indexes[0].symbol).toBe(RED.toUpperCase());
  });
});
