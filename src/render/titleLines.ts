import { cellTextWidth } from './cellTextWidth.js';

/**
 * An index's title line, `S&P 500 (SPX)  24,777 sessions, …  fixtures/spx.csv`: the source file at
 * its end, or on a line of its own (indented) when the two do not fit `width` columns together.
 * Each line ends with a newline.
 */
export function titleLines(title: string, source: string, width: number): string {
  const oneLine = `${title}  ${source}`;
  return cellTextWidth(oneLine) <= width ? `${oneLine}\n` : `${title}\n  ${source}\n`;
}
