import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeOpenStyles, splitCellLines } from '../../src/render/splitCellLines.js';
import { cellText } from './tableCellText.js';

// cli-table3's own line colouring, from its internals (no types, not part of its API): the rules
// splitCellLines ports, checked here without a table around them.
const { colorizeLines } = createRequire(import.meta.url)('cli-table3/src/utils') as { colorizeLines: (lines: string[]) => string[] };

describe('splitCellLines', () => {
  it("closes and re-opens colours line by line as cli-table3's colorizeLines does", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(splitCellLines(text)).toEqual(colorizeLines(text.split('\n')));
      }),
      { numRuns: 5000 },
    );
  });

  it('closeOpenStyles is splitCellLines for one line', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const line = text.replaceAll('\n', '');
        expect(closeOpenStyles(line)).toBe(splitCellLines(line)[0]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an unclosed foreground', '\u001b[31mred', ['\u001b[31mred\u001b[39m']],
    ['bold and red across lines, re-opened foreground first', '\u001b[1m\u001b[31ma\nb', ['\u001b[1m\u001b[31ma\u001b[22m\u001b[39m', '\u001b[31m\u001b[1mb\u001b[22m\u001b[39m']],
    ['a reset', '\u001b[4mu\u001b[0m\nplain', ['\u001b[4mu\u001b[0m', 'plain']],
    ['codes it does not track', '\u001b[01mx\u001b[1;31my', ['\u001b[01mx\u001b[1;31my']],
  ])('handles %s', (_, text, lines) => {
    expect(splitCellLines(text)).toEqual(lines);
    expect(colorizeLines(text.split('\n'))).toEqual(lines);
  });
});
