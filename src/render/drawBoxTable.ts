// A box-drawn table in the bytes cli-table3 0.6 writes for
//   new Table({ head, colAligns, style: { head: [], border: [] },
//               chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } })
// (default padding of one space each side, no row separators, no colours of its own), drawn in one
// pass over the cells for the column widths and one for the lines: linear in rows and columns, where
// cli-table3's layout scans every earlier row for every cell (quadratic, and ~100,000 rows overflow
// its stack). tests/render/drawBoxTable.test.ts holds it to cli-table3's bytes.
import { cellTextWidth } from './cellTextWidth.js';
import { closeOpenStyles, splitCellLines } from './splitCellLines.js';

export type CellAlign = 'left' | 'right' | 'center';

const VERTICAL = '│';
const HORIZONTAL = '─';
const TOP = ['┌', '┬', '┐'] as const;
const BOTTOM = ['└', '┴', '┘'] as const;
/** cli-table3's `padding-left` / `padding-right`. */
const PADDING = 1;

/** `─` runs joined by the left, middle and right corners of a border line. */
function borderLine(widths: readonly number[], [left, middle, right]: readonly [string, string, string]): string {
  return left + widths.map((width) => HORIZONTAL.repeat(width)).join(middle) + right;
}

/** `text` (`textWidth` columns) padded with spaces to `width` columns (cli-table3's `pad`: centre leans left). */
function alignText(text: string, width: number, align: CellAlign | undefined, textWidth = cellTextWidth(text)): string {
  // Never negative: the column is as wide as its widest cell, and the escapes splitCellLines adds to
  // close and re-open colours take no columns.
  const spaces = width - textWidth;
  if (align === 'right') return ' '.repeat(spaces) + text;
  if (align === 'center') {
    const right = Math.ceil(spaces / 2);
    return ' '.repeat(spaces - right) + text + ' '.repeat(right);
  }
  return text + ' '.repeat(spaces);
}

/** Fitting a table to the terminal: columns are left out, in `dropOrder`, until it is `maxWidth` columns wide. */
export interface TableFit {
  /** Terminal columns; `Infinity` draws every column. */
  readonly maxWidth: number;
  /** Per column: 1 is left out first, then 2, …; `undefined` is never left out. */
  readonly dropOrder: readonly (number | undefined)[];
}

/** The indexes of the columns kept: the fewest left out, lowest `dropOrder` first (ties: leftmost), for the table to fit; never none. */
function keptColumns(widths: readonly number[], { maxWidth, dropOrder }: TableFit): number[] {
  let total = widths.reduce((sum, width) => sum + width + 1, 1); // each column's left border, and the last right one
  const dropped = new Set<number>();
  const candidates = dropOrder
    .map((order, column) => ({ order, column }))
    .filter((c): c is { order: number; column: number } => c.order !== undefined)
    .sort((a, b) => a.order - b.order);
  for (const { column } of candidates) {
    if (total <= maxWidth || dropped.size === widths.length - 1) break; // one column is always drawn
    dropped.add(column);
    total -= widths[column] + 1;
  }
  return widths.map((_, column) => column).filter((column) => !dropped.has(column));
}

/** `boxTableLines` joined by `\n`, with no trailing newline; `''` with no columns. */
export function drawBoxTable(
  head: readonly string[],
  body: readonly (readonly string[])[],
  aligns: readonly (CellAlign | undefined)[],
  fit?: TableFit,
): string {
  return [...boxTableLines(head, body, aligns, fit)].join('\n');
}

/**
 * The lines of the table of `head` and `body` (each row `head.length` cells; a cell's `\n` starts a
 * new line in it, the row growing to its tallest cell), one at a time; none with no columns.
 * `aligns[i]` aligns column `i` (left when missing). Widths ignore ANSI colour escapes and count wide
 * characters and emoji as cli-table3 does (cellTextWidth.ts).
 */
export function* boxTableLines(
  head: readonly string[],
  body: readonly (readonly string[])[],
  aligns: readonly (CellAlign | undefined)[],
  fit?: TableFit,
): Generator<string> {
  if (head.length === 0) return; // cli-table3 draws nothing without a header row, whatever the body

  // Column widths include the padding; cli-table3's floor of 1 never binds with padding of 2.
  // Each body cell's width is kept from this pass for the next (it is the costly part of a cell).
  const allColumns = head.length;
  const allWidths = head.map((text) => cellTextWidth(text) + 2 * PADDING);
  const cellWidths = new Int32Array(body.length * allColumns);
  for (let r = 0; r < body.length; r++) {
    const row = body[r];
    for (let column = 0; column < allColumns; column++) {
      const width = cellTextWidth(row[column]);
      cellWidths[r * allColumns + column] = width;
      allWidths[column] = Math.max(allWidths[column], width + 2 * PADDING);
    }
  }
  // The columns drawn, by their index in `head`: all of them, or those that fit.
  const kept = fit === undefined ? head.map((_, column) => column) : keptColumns(allWidths, fit);
  const columnCount = kept.length;
  const widths = kept.map((column) => allWidths[column]);
  const keptAligns = kept.map((column) => aligns[column]);

  const padding = ' '.repeat(PADDING);
  const blanks = widths.map((width) => ' '.repeat(width));
  // A line's pieces, joined into one flat string: a line built by `+=` stays a tree of ~4 pieces a
  // cell until the final join, millions of small objects for the garbage collector in a long table.
  // Lines are handed on as they are drawn, a row at a time: a long table is never one string.
  const lines = [borderLine(widths, TOP)];
  const parts: string[] = [];
  const endLine = (): void => {
    parts.push(VERTICAL);
    lines.push(parts.join(''));
    parts.length = 0;
  };
  const pushCell = (text: string, column: number): void => {
    parts.push(VERTICAL, padding, alignText(text, widths[column] - 2 * PADDING, keptAligns[column]), padding);
  };
  const drawRow = (row: readonly string[]): void => {
    if (!kept.some((k) => row[k].includes('\n'))) {
      // One line, the common case: no arrays of lines to make (a 300,000-row table has millions of cells).
      for (let column = 0; column < columnCount; column++) {
        pushCell(closeOpenStyles(row[kept[column]]), column);
      }
      endLine();
      return;
    }
    const cells = kept.map((k) => splitCellLines(row[k]));
    const height = Math.max(...cells.map((cellLines) => cellLines.length));
    for (let lineNumber = 0; lineNumber < height; lineNumber++) {
      for (let column = 0; column < columnCount; column++) {
        const text = cells[column][lineNumber];
        // A shorter cell of a taller row is blank below its text.
        if (text === undefined) parts.push(VERTICAL, blanks[column]);
        else pushCell(text, column);
      }
      endLine();
    }
  };
  drawRow(head);
  yield* lines;
  for (let r = 0; r < body.length; r++) {
    const row = body[r];
    if (kept.some((k) => row[k].includes('\n'))) {
      lines.length = 0;
      drawRow(row);
      yield* lines;
      continue;
    }
    // One line, the common case, drawn with the widths measured above.
    for (let column = 0; column < columnCount; column++) {
      const k = kept[column];
      const text = alignText(closeOpenStyles(row[k]), widths[column] - 2 * PADDING, keptAligns[column], cellWidths[r * allColumns + k]);
      parts.push(VERTICAL, padding, text, padding);
    }
    parts.push(VERTICAL);
    yield parts.join('');
    parts.length = 0;
  }
  yield borderLine(widths, BOTTOM);
}
