/** How a delimited text file is written: what the reader needs before it splits rows. */
export interface Dialect {
  /** Field separator. */
  readonly delimiter: ',' | ';' | '\t';
  /** Prices are written with a decimal comma (`6978,03`, `6.978,03`), as in European exports. */
  readonly decimalComma: boolean;
}

