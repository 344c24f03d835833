import type { ChalkInstance } from 'chalk';

/** What every renderer gets besides the result. Colour is decided once, by the CLI. */
export interface RenderContext {
  /** A chalk instance at level 0 when colour is off. */
  readonly chalk: ChalkInstance;
  /** Terminal columns the human formats fit (tables leave out columns, long lines wrap); `Infinity` with `--wide`. */
  readonly width: number;
}
