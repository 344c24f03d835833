/**
 * Whether an index has intraday highs and lows: set by whoever folds its sessions, from the first
 * session that has one on. A column empty on every row is no column (its facts would be the close's),
 * and so is a column the file lacks; folds read this when they report, not when they are built.
 */
export interface Intraday {
  high: boolean;
  low: boolean;
}
