import { InputError } from '../errors.js';

/** Replacement characters (undecodable bytes) tolerated at the start of a file, e.g. a Latin-1 `é` in a header. */
const MAX_UNDECODABLE = 8;

/**
 * Refuses text that cannot be a CSV of prices, with a message naming what it is instead: nothing at
 * all, binary data (or UTF-16), or an HTML page saved as `.csv` (a blocked or failed download).
 */
export function checkIsText(text: string, source: string): void {
  if (text.trim() === '') throw new InputError(source, null, 'file is empty');
  const head = text.slice(0, 4096);
  let undecodable = 0;
  for (let i = head.indexOf('\ufffd'); i >= 0; i = head.indexOf('\ufffd', i + 1)) undecodable++;
  if (text.includes('\u0000') || undecodable > MAX_UNDECODABLE) {
    throw new InputError(source, null, 'is binary data, not CSV text (if it is UTF-16, save it as UTF-8)');
  }
  if (/^\s*<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(head)) {
    throw new InputError(source, null, 'is an HTML or XML page, not CSV (a failed or blocked download?)');
  }
}
