import type { InputWarning } from '../errors.js';
import type { StreamRenderer } from '../render/StreamRenderer.type.js';
import type { Io } from './Io.type.js';

/**
 * Writes `items` to standard output as `renderer` lays them out, each as soon as it is made, waiting
 * while a slow reader catches up: memory holds one item's text, not the output's. `warnings` is
 * asked for once the last item is made (making an item may add one).
 */
export async function writeStream<T>(io: Io, renderer: StreamRenderer<T>, items: Iterable<T>, warnings: () => readonly InputWarning[]): Promise<void> {
  io.stdout(renderer.head());
  let n = 0;
  for (const item of items) {
    io.stdout(renderer.item(item, n++));
    await io.stdoutDrained?.();
  }
  io.stdout(renderer.tail(warnings()));
}
