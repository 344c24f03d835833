/** Dot bit of a braille cell for (column 0–1, row 0–3): U+2800 + bits (ISO/TR 11548-1 numbering). */
const DOT_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** One cell: braille dots, or a character written over them (rule, marker, text), with a style tag. */
interface Cell {
  dots: number;
  char: string | null;
  style: string;
}

/**
 * A character grid for terminal charts where each cell holds 2 × 4 braille dots, so a `cols` × `rows`
 * grid has `2·cols` × `4·rows` dots; dot (0, 0) is the top-left. Characters put in a cell replace
 * its dots (and later dots do not show through, except over a rule); `rule` only fills cells without dots.
 */
export class BrailleGrid {
  private readonly cells: Cell[][];

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ dots: 0, char: null, style: '' })));
  }

  /** Sets dot (x, y); dots outside the grid are ignored. */
  dot(x: number, y: number, style: string): void {
    const cx = Math.floor(x / 2);
    const cy = Math.floor(y / 4);
    if (cx < 0 || cy < 0 || cx >= this.cols || cy >= this.rows) return;
    const cell = this.cells[cy][cx];
    if (cell.char !== null) {
      if (cell.style !== 'rule') return;
      cell.char = null;
    }
    cell.dots |= DOT_BITS[y - cy * 4][x - cx * 2];
    cell.style = style;
  }

  /** Dots along the straight segment from (x0, y0) to (x1, y1) (Bresenham). */
  line(x0: number, y0: number, x1: number, y1: number, style: string): void {
    const dx = Math.abs(x1 - x0);
    const dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let err = dx + dy;
    for (;;) {
      this.dot(x0, y0, style);
      if (x0 === x1 && y0 === y1) return;
      const e2 = 2 * err;
      if (e2 >= dy) (err += dy), (x0 += sx);
      if (e2 <= dx) (err += dx), (y0 += sy);
    }
  }

  /** Whether cell (col, row) has neither dots nor a character. */
  isFree(col: number, row: number): boolean {
    const cell = this.cells[row]?.[col];
    return cell !== undefined && cell.dots === 0 && (cell.char === null || cell.style === 'rule');
  }

  /** Whether cell (col, row) holds a character other than a rule. */
  hasMark(col: number, row: number): boolean {
    const cell = this.cells[row]?.[col];
    return cell !== undefined && cell.char !== null && cell.style !== 'rule';
  }

  /** Writes `char` into the cell, replacing its dots. */
  put(col: number, row: number, char: string, style: string): void {
    const cell = this.cells[row]?.[col];
    if (cell === undefined || col < 0) return;
    cell.char = char;
    cell.dots = 0;
    cell.style = style;
  }

  /** Fills the free cells of `row` with `char`. */
  rule(row: number, char: string): void {
    for (let col = 0; col < this.cols; col++) if (this.isFree(col, row)) this.put(col, row, char, 'rule');
  }

  /** Each row as styled runs, for the caller to colour: `[text, style][]`. */
  toRuns(): [string, string][][] {
    return this.cells.map((row) => {
      const runs: [string, string][] = [];
      for (const cell of row) {
        const ch = cell.char ?? (cell.dots === 0 ? ' ' : String.fromCharCode(0x2800 + cell.dots));
        const style = cell.char === null && cell.dots === 0 ? '' : cell.style;
        const lastRun = runs[runs.length - 1];
        if (lastRun !== undefined && lastRun[1] === style) lastRun[0] += ch;
        else runs.push([ch, style]);
      }
      return runs;
    });
  }
}
