import type { ByteInput } from '../ingest/ByteInput.type.js';

/** The process edges a command may use; `main` supplies the real ones, tests their own. */
export interface Io {
  /** A file's bytes, or standard input's for `-`. Throws `InputError` when it cannot be opened. */
  openInput(path: string): Promise<ByteInput>;
  /** Text, or bytes already encoded as UTF-8. */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Environment variables (for `NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** The terminal's size when standard output is one and reports it, else `null`. */
  readonly terminalSize: { readonly columns: number; readonly rows: number } | null;
  /** Writes (replaces) a file. Throws `InputError` when it cannot be written. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * Resolves once standard output has taken most of what was written (a pipe to a slow reader
   * would otherwise queue a whole large output in memory). Absent: writes never queue.
   */
  readonly stdoutDrained?: () => Promise<void>;
  /** Whether standard input is a terminal or gives nothing as one (/dev/null); `false` (a pipe or a file with data): a command given no FILE reads it. Absent: never read unasked. */
  readonly stdinIsTTY?: boolean;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly stderrIsTTY?: boolean;
  /** The run's date (day number): rows dated after it are flagged. Absent: no row is. */
  readonly today?: () => number;
}
