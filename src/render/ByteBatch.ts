const EMPTY = new Uint8Array(0);
const utf8 = new TextEncoder();

/**
 * Output bytes gathered into chunks of `chunkSize`: a chunk goes to `emit` when the next write does not
 * fit, or on `flush`, and is never written to again (a stream may still hold it), so each chunk is new.
 * Writers `reserve` room, then store at `bytes[length++]`.
 */
export class ByteBatch {
  bytes: Uint8Array = EMPTY;
  length = 0;

  constructor(
    private readonly emit: (chunk: Uint8Array) => void,
    private readonly chunkSize = 1 << 18,
  ) {}

  /** Makes room for `n` more bytes, emitting the current chunk if they do not fit in it. */
  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    this.flush();
    this.bytes = new Uint8Array(Math.max(n, this.chunkSize));
  }

  /** Appends `text` as UTF-8 (a lone surrogate becomes U+FFFD, as in `stream.write(text)`). */
  writeText(text: string): void {
    this.reserve(text.length * 3); // at most 3 bytes per UTF-16 unit
    this.length += utf8.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** Emits what was written since the last chunk went out. */
  flush(): void {
    if (this.length > 0) this.emit(this.bytes.subarray(0, this.length));
    this.bytes = EMPTY;
    this.length = 0;
  }
}
