import { escapeControls } from '../render/escapeControls.js';
import { findKnownIndex } from './findKnownIndex.js';

/**
 * How tables and charts name an index: `S&P 500 (^GSPC)`, the registry's display name and the
 * symbol as the data has it; a symbol the registry does not know, as it is. `short`: the short name
 * alone (`Dow Jones`, at most 14 characters), for the index column of tables that must stay narrow.
 */
export function indexLabel(symbol: string, short = false): string {
  const known = findKnownIndex(symbol);
  const shown = escapeControls(symbol); // text from the file: never a raw escape sequence on a terminal
  if (known === null) return shown;
  if (short) return known.shortName;
  return known.name === symbol ? shown : `${known.name} (${shown})`;
}
