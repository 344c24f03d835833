import type { ChalkInstance } from 'chalk';

/** What every renderer gets besides the result. Colour is decided once, by the CLI. */
export interface RenderContext {
  /** A chalk instance at level 0 when colour is off. */
  readonly chalk: ChalkInstance;
}
