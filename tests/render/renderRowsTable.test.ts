import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/render/Column.type.js';
import { renderRowsTable } from '../../src/render/renderRows.js';
import { cliTable3Bytes } from './cliTable3Reference.js';
import { cellText } from './tableCellText.js';

type Row = readonly (string | null)[];

// The cell text as the display text: the layout is under test, escapes included (a column's value,
// text from a file, is shown with its control characters escaped, tested in terminalEscapes.test.ts).
const columnOf = (header: string, align: 'left' | 'right' | undefined, i: number): Column<Row> => ({
  key: `c${i}`,
  header,
  value: (row) => row[i],
  display: (row) => row[i] ?? '',
  align,
});

describe('renderRowsTable', () => {
  it('writes the bytes cli-table3 wrote, bold headers included, with colour on or off', () => {
    const spec = fc.integer({ min: 0, max: 5 }).chain((width) =>
      fc.tuple(
        fc.array(fc.tuple(cellText, fc.constantFrom<'left' | 'right' | undefined>('left', 'right', undefined)), { minLength: width, maxLength: width }),
        fc.array(fc.array(fc.option(cellText), { minLength: width, maxLength: width }), { maxLength: 6 }),
        fc.constantFrom(0, 1, 2, 3),
      ),
    );
    fc.assert(
      fc.property(spec, ([headers, rows, level]) => {
        const chalk = new Chalk({ level: level as 0 | 1 | 2 | 3 });
        const columns = headers.map(([header, align], i) => columnOf(header, align, i));
        const reference = cliTable3Bytes(
          headers.map(([header]) => chalk.bold(header)),
          rows.map((row) => row.map((cell) => cell ?? '')),
          headers.map(([, align]) => align),
        );
        expect(renderRowsTable(rows, columns, { chalk, width: Infinity })).toBe(reference);
      }),
      { numRuns: 1500 },
    );
  });

  it('renders 100,000 rows (cli-table3 overflowed its stack), one line each', () => {
    const chalk = new Chalk({ level: 1 });
    const columns: Column<number>[] = [
      { key: 'level', header: 'Level', value: (i) => i * 10, align: 'right' },
      { key: 'date', header: 'First close', value: () => '2024-01-02' },
      { key: 'status', header: 'Status', value: (i) => (i % 3 ? 'confirmed' : 'open'), display: (i, c) => c.green(i % 3 ? 'confirmed' : 'open') },
    ];
    const rows = Array.from({ length: 100_000 }, (_, i) => i);
    const lines = renderRowsTable(rows, columns, { chalk, width: Infinity }).split('\n');
    expect(lines).toHaveLength(100_000 + 3); // top border, header, rows, bottom border
    expect(lines[1]).toBe(`│  ${chalk.bold('Level')} │ ${chalk.bold('First close')} │ ${chalk.bold('Status')}    │`);
    expect(lines.at(-2)).toBe(`│ 999990 │ 2024-01-02  │ ${chalk.green('open')}      │`);
    expect(lines.at(-1)).toBe(`└${'─'.repeat(8)}┴${'─'.repeat(13)}┴${'─'.repeat(11)}┘`);
  });
});
