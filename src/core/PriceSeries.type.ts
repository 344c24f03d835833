/**
 * One index's sessions in ascending date order, column by column.
 * Row position `i` is the session's trading-day index: differences of positions are trading days.
 */
export interface PriceSeries {
  /** Upper-case index symbol, e.g. `SPX`. */
  readonly symbol: string;
  /** Where the rows came from (file path or `-`), for messages. */
  readonly source: string;
  readonly length: number;
  /** Calendar dates as day numbers (days since 1970-01-01), strictly ascending. */
  readonly days: Int32Array;
  /** Closing level, index points, > 0. */
  readonly close: Float64Array;
  /** Opening level, index points; absent or `null` when the input has no open column; `NaN` on a row with no open. */
  readonly open?: Float64Array | null;
  /** Intraday high, index points; `null` when the input has no high column. */
  readonly high: Float64Array | null;
  /** Intraday low, index points; `null` when the input has no low column. */
  readonly low: Float64Array | null;
  /** Source line of each row (1-based, header is line 1), for messages. */
  readonly lines: Int32Array;
  /** Data-quality flags of each row (`ROW_FLAG` bits from the ingest checks); absent when not checked. */
  readonly flags?: Uint8Array;
}
