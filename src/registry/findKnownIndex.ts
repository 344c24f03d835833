import { KNOWN_INDEXES } from './KNOWN_INDEXES.js';
import type { KnownIndex } from './KnownIndex.type.js';

/**
 * The key a symbol is matched by: upper-cased, without the prefix a provider marks indexes with
 * (`^GSPC` at Yahoo, `$SPX` at Schwab, `.INX` at Reuters).
 */
function keyOf(symbol: string): string {
  return symbol.trim().toUpperCase().replace(/^[\^$.]+/, '');
}

const BY_ALIAS: ReadonlyMap<string, KnownIndex> = new Map(KNOWN_INDEXES.flatMap((index) => index.aliases.map((alias) => [keyOf(alias), index] as const)));

/** The registry's index for a symbol or file-name stem (`^GSPC`, `sp500`, `$INDU`), or `null`. */
export function findKnownIndex(symbol: string): KnownIndex | null {
  return BY_ALIAS.get(keyOf(symbol)) ?? null;
}
