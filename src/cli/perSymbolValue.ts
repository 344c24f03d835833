import { findKnownIndex } from '../registry/findKnownIndex.js';
import type { PerSymbol } from './parsers.js';

/**
 * Whether an option's `SYMBOL=` names the data's symbol: the same text, or the same index in the
 * registry (`SPX=7000` names a file whose symbol is `^GSPC`).
 */
export function namesSymbol(named: string, symbol: string): boolean {
  if (named === symbol) return true;
  const known = findKnownIndex(named);
  return known !== null && known === findKnownIndex(symbol);
}

/** The value an option gives the index `symbol`: its own (by symbol, then by registry alias), else the default; `null` for neither. */
export function valueFor(values: PerSymbol | undefined, symbol: string): number | null {
  if (values === undefined) return null;
  const own = values.bySymbol.get(symbol);
  if (own !== undefined) return own;
  for (const [named, value] of values.bySymbol) if (namesSymbol(named, symbol)) return value;
  return values.defaultValue;
}
