import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawBoxTable } from '../../src/render/drawBoxTable.js';
import { cliTable3Bytes, type ReferenceAlign } from './cliTable3Reference.js';
import { cellText, chalk1 } from './tableCellText.js';

const align = fc.constantFrom<ReferenceAlign>('left', 'right', 'center', undefined);

/** Head, body and aligns of one table: 0-5 columns, 0-6 rows, every row as wide as the head. */
const table = fc.integer({ min: 0, max: 5 }).chain((columns) =>
  fc.tuple(
    fc.array(cellText, { minLength: columns, maxLength: columns }),
    fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
    fc.array(align, { minLength: columns, maxLength: columns }),
  ),
);

describe('drawBoxTable', () => {
  it('writes the bytes cli-table3 writes, for any cells, column count and alignment', () => {
    fc.assert(
      fc.property(table, ([head, body, aligns]) => {
        expect(drawBoxTable(head, body, aligns)).toBe(cliTable3Bytes(head, body, aligns));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves out the fewest columns, in their drop order, for the table to fit the width (cli-table3 bytes of the rest)', () => {
    const fitted = table.chain(([head, body, aligns]) =>
      fc.tuple(
        fc.constant(head),
        fc.constant(body),
        fc.constant(aligns),
        fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), { minLength: head.length, maxLength: head.length }),
        fc.integer({ min: 1, max: 60 }),
      ),
    );
    fc.assert(
      fc.property(fitted, ([head, body, aligns, dropOrder, maxWidth]) => {
        // The reference: leave out 0, 1, 2, … of the droppable columns (lowest order first, ties by
        // position) until cli-table3's own table is no wider than maxWidth; never every column.
        const order = dropOrder
          .map((rank, column) => ({ rank, column }))
          .filter((c): c is { rank: number; column: number } => c.rank !== undefined)
          .sort((a, b) => a.rank - b.rank || a.column - b.column);
        let expected = '';
        for (let k = 0; k <= Math.min(order.length, head.length - 1); k++) {
          const out = new Set(order.slice(0, k).map((c) => c.column));
          const keep = <T,>(row: readonly T[]) => row.filter((_, column) => !out.has(column));
          expected = cliTable3Bytes(keep(head), body.map(keep), keep(aligns));
          const width = [...expected.split('\n')[0]].length; // the top border: one character a column
          if (width <= maxWidth || head.length === 0) break;
        }
        expect(drawBoxTable(head, body, aligns, { maxWidth, dropOrder })).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a header-only table', [chalk1.bold('Level'), 'Close'], []],
    ['no columns', [], []],
    ['no columns with rows', [], [[], []]],
    ['an empty header and empty cells', [''], [[''], ['']]],
    ['a cell of several lines, coloured across them', ['Symbol', 'Note'], [[chalk1.red('SP\nX'), 'one'], ['', 'a\n\nb']]],
    ['an unclosed colour and bold', ['x'], [['\u001b[1m\u001b[31mopen\nstill']]],
    ['wide characters and emoji', ['指数', 'Status'], [['日経平均', '👍🏽 ok'], ['🇿🇿', '❤️‍🔥']]],
  ] as const)('writes cli-table3 bytes for %s', (_, head, body) => {
    const aligns = head.map((_, i): ReferenceAlign => (i % 2 ? 'right' : 'left'));
    expect(drawBoxTable(head, body, aligns)).toBe(cliTable3Bytes(head, body, aligns));
  });

  it('draws a small table as expected (readable example)', () => {
    expect(drawBoxTable(['Level', 'Close'], [['100', '100.38'], ['1,000', '1,001.2\n(est.)']], ['right', 'left'])).toBe(
      [
        '┌───────┬─────────┐',
        '│ Level │ Close   │',
        '│   100 │ 100.38  │',
        '│ 1,000 │ 1,001.2 │',
        '│       │ (est.)  │',
        '└───────┴─────────┘',
      ].join('\n'),
    );
  });
});
