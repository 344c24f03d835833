import type { Dialect } from './Dialect.type.js';

const DELIMITERS = [',', ';', '\t'] as const;
/** A number whose decimal separator is a comma: `6978,03`, `6.978,03`, `6 978,03`. */
const COMMA_DECIMAL = /^[-+]?\d[\d. \u00a0']*,\d+$/;
/** A number whose decimal separator is a point: `6978.03`, `6,978.03`. */
const POINT_DECIMAL = /^[-+$]*\d[\d,]*\.\d+$/;

/**
 * Guesses the dialect from the start of a file (a few kilobytes are enough): the delimiter is the
 * one the header line uses most (comma when it uses none), and a `;` or tab file has decimal commas
 * when more of its sample cells look like `6978,03` than like `6978.03`. Pure; never throws.
 */
export function sniffDialect(sample: string): Dialect {
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  const lines = sample.split('\n', 21);
  const header = lines[0] ?? '';
  let delimiter: Dialect['delimiter'] = ',';
  let best = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > best) (best = count), (delimiter = d);
  }
  let commas = 0;
  let points = 0;
  if (delimiter !== ',') {
    for (const line of lines.slice(1)) {
      for (const raw of line.split(delimiter)) {
        const cell = raw.trim().replace(/^"|"$/g, '');
        if (COMMA_DECIMAL.test(cell)) commas++;
        else if (POINT_DECIMAL.test(cell)) points++;
      }
    }
  }
  return { delimiter, decimalComma: commas > points };
}
