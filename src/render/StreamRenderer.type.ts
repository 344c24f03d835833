import type { InputWarning } from '../errors.js';

/**
 * A format written item by item (an index, a row) as each is ready, so output never waits for, or
 * holds, the whole result: the text before the first item, each item, and the text after the last.
 */
export interface StreamRenderer<T> {
  head(): string;
  /** Item number `n` (from 0), in pieces: a large item is never one string. */
  item(item: T, n: number): Iterable<string>;
  /** The warnings are every warning of the run, known once the last item is made. */
  tail(warnings: readonly InputWarning[]): string;
}
