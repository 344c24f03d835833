/** An index people track, as the registry (`KNOWN_INDEXES`) knows it. */
export interface KnownIndex {
  /** The symbol reports name it by when the data's own symbol is an alias (`^GSPC` → `SPX`). */
  readonly symbol: string;
  /** Who calculates and publishes it, as a chart credits its source: `S&P Dow Jones Indices`. */
  readonly publisher: string;
  /** The name a reader knows it by: `S&P 500`. */
  readonly name: string;
  /** At most 14 characters, for tables with an index column: `Dow Jones`. */
  readonly shortName: string;
  /**
   * Tickers and file names providers use for it (Yahoo `^GSPC`, Stooq `^SPX`, FRED `SP500`, Reuters
   * `.INX`, Schwab `$SPX`...), matched case-insensitively with a leading `^`, `$` or `.` ignored.
   */
  readonly aliases: readonly string[];
  /**
   * First day (ISO `YYYY-MM-DD`) of its published daily history: a file starting later lacks part of
   * it. `null` when no source settles it. Where each comes from: `SOURCES.md` beside this file.
   */
  readonly historyStart: string | null;
}
