import { formatDecimal } from './formatDecimal.js';

/** A count and its noun for prose: `1 session`, `3,573 sessions`. */
export function plural(n: number, noun: string): string {
  return `${formatDecimal(n, 0, 0)} ${noun}${n === 1 ? '' : 's'}`;
}
