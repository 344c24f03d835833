/** Where the fields of a plain (unquoted, comma-separated) price CSV are, as read from its header. */
export interface PlainLayout {
  /** Byte offset of the first data line (just after the header line's `\n`). */
  readonly dataStart: number;
  /** 1-based line number of the first data line. */
  readonly dataLine: number;
  /** Fields per row. */
  readonly width: number;
  /** Column positions; -1 when absent (`open`, `high`, `low`, `symbol` are optional). */
  readonly date: number;
  readonly close: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly symbol: number;
}
