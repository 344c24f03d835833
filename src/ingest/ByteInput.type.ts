/** A file's bytes, as the reader takes them. */
export interface ByteInput {
  /**
   * The bytes from the first on, in chunks. Called again, reads them again from the first (a file
   * whose rows turn out to be out of order is read a second time).
   */
  chunks(): AsyncIterable<Buffer>;
  /** Size in bytes when known beforehand (a regular file), for progress. */
  readonly size: number | null;
  /** Releases the file (and any copy made of a stream). */
  close(): void;
}
