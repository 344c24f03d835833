/** How a delimited text file is written: what the general reader needs before it splits rows. */
export interface Dialect {
  /** Field separator. */
  readonly delimiter: ',' | ';' | '\t';
  /** Some field in the sample is quoted (`"6,978.03"`); the reader then checks the whole file. */
  readonly quoted: boolean;
  /** Prices are written with a decimal comma (`6978,03`, `6.978,03`), as in European exports. */
  readonly decimalComma: boolean;
}

/** A plain comma-separated file with no quotes and decimal points: the cheapest shape to read. */
export function isPlainDialect(dialect: Dialect): boolean {
  return dialect.delimiter === ',' && !dialect.quoted && !dialect.decimalComma;
}
