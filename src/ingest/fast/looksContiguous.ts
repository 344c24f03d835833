import type { PlainLayout } from './PlainLayout.type.js';

/**
 * Whether, in the sampled first bytes of a file, each symbol's rows form one run (a file grouped by
 * symbol) rather than coming back after another symbol's (sorted by date, interleaved). Only a
 * grouped file is worth splitting between threads; a wrong guess costs time, never correctness.
 */
export function looksContiguous(head: Uint8Array, layout: PlainLayout): boolean {
  if (layout.symbol < 0) return false;
  const text = Buffer.from(head.buffer, head.byteOffset, head.length).toString('latin1', layout.dataStart);
  const lines = text.split('\n');
  lines.pop(); // possibly cut short
  const seen = new Set<string>();
  let current = '';
  for (const line of lines) {
    const symbol = line.split(',')[layout.symbol];
    if (symbol === undefined || symbol === current) continue;
    if (seen.has(symbol)) return false;
    seen.add(symbol);
    current = symbol;
  }
  return true;
}
