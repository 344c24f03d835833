import type { ChalkInstance } from 'chalk';

/** What every style of chalk at level 0 writes: its arguments as text, joined by spaces, unstyled. */
function writePlain(...parts: unknown[]): string {
  return parts.length === 1 ? `${parts[0] as string}` : parts.join(' ');
}

/**
 * Chalk at level 0 (no colour) without loading chalk (start-up time): any style, chained or not
 * (`bold`, `red.dim`), is the same function. `then` stays undefined, so the instance is not taken
 * for a promise when an async function returns it.
 */
export const PLAIN_CHALK: ChalkInstance = new Proxy(writePlain, {
  get: (target, key) => (key === 'level' ? 0 : typeof key === 'string' && key !== 'then' ? PLAIN_CHALK : undefined),
}) as unknown as ChalkInstance;
