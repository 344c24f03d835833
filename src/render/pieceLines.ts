import { cellTextWidth } from './cellTextWidth.js';

/**
 * A title or caption made of `pieces` joined by `separator`, kept to `width` columns: a piece that
 * does not fit on the line starts a new one, indented by two spaces (`S&P 500 (SPX)  24,777 sessions,
 * …` with its source file below it); a line broken after `;` keeps it. A piece wider than the width stays whole. Each line ends with a
 * newline.
 */
export function pieceLines(pieces: readonly string[], separator: string, width: number): string {
  let out = '';
  let line = '';
  for (const piece of pieces) {
    if (line === '') line = piece;
    else if (cellTextWidth(line + separator + piece) <= width) line += separator + piece;
    else {
      out += `${line}${separator.trimEnd()}\n`; // `;` ends a broken caption line, as in prose
      line = `  ${piece}`;
    }
  }
  return `${out}${line}\n`;
}
