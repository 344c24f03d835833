import type { InputWarning } from '../errors.js';
import type { StreamRenderer } from '../render/StreamRenderer.type.js';
import type { Io } from './Io.type.js';

/**
 * Writes `items` to standard output as `renderer` lays them out, each as soon as it is made, waiting
 * while a slow reader catches up: memory holds one item's text, not the output's. `warnings` is
 * asked for once the last item is made (making an item may add one).
 */
export async function writeStream<T>(io: Io, renderer: StreamRenderer<T>, items: Iterable<T>, warnings: () => readonly InputWarning[]): Promise<void> {
  // Pieces are gathered into writes of about 64 KiB: a write per line would cost more than the line.
  let batch: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    io.stdout(batch.join(''));
    batch = [];
    size = 0;
    await io.stdoutDrained?.();
  };
  batch.push(renderer.head());
  let n = 0;
  for (const item of items) {
    for (const piece of renderer.item(item, n)) {
      batch.push(piece);
      size += piece.length;
      if (size >= 1 << 16) await flush();
    }
    n++;
  }
  batch.push(renderer.tail(warnings()));
  await flush();
}
