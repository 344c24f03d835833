import { parsePrice } from './parsePrice.js';

const GROUPED_POINT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_COMMA = /^(?:\d{1,3}(?:[. \u00a0\u202f']\d{3})+|\d+)(?:,\d+)?$/;

/**
 * Parses a price as data sites print it: an optional `$`, thousands separators (`6,978.03`), or, when
 * `decimalComma`, a European number (`6978,03`, `6.978,03`, `6 978,03`). Separators must group digits
 * by three, so `12,5` in a decimal-point file is not read as 125. Returns `NaN` for anything else.
 */
export function parseFormattedPrice(text: string, decimalComma: boolean): number {
  let t = text.charCodeAt(0) === 36 ? text.slice(1).trimStart() : text; // '$'
  if (decimalComma) {
    if (!GROUPED_COMMA.test(t)) return Number.NaN;
    t = t.replace(/[. \u00a0\u202f']/g, '').replace(',', '.');
  } else if (GROUPED_POINT.test(t)) {
    t = t.replace(/,/g, '');
  }
  return parsePrice(t);
}
