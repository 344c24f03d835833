// Terminal columns of a table cell's text, counted as cli-table3 0.6 counted them (its `strlen`), so
// that tables keep the bytes they had when cli-table3 drew them.
//
// Width library: string-width@4, declared in our own `dependencies` (not borrowed from
// cli-table3's tree, which is now a devDependency): it is the exact counter cli-table3 0.6 uses, and
// counting emoji as it does takes emoji-regex@8's list of sequences (🇿🇿 is 4 columns, ❤️‍🔥 5,
// 🫠 1), which no small function of ours could reproduce. Newer string-width majors count
// differently, so keep it at ^4 while the output must match cli-table3's.
import stringWidth from 'string-width';

/** Text whose width is its length: no escapes, no newline, no wide or zero-width characters. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * SGR escapes as cli-table3 matches them (up to six parameters). They are removed before string-width
 * strips its own, wider set of escapes; an SGR with more parameters falls to string-width's rules.
 */
const SGR_ESCAPE = /\u001b\[(?:\d*;){0,5}\d*m/g;

function lineWidth(line: string): number {
  // string-width costs ~2 µs a call (its emoji regex); plain ASCII, the bulk of any table, skips it.
  return PRINTABLE_ASCII.test(line) ? line.length : stringWidth(line);
}

/** The columns `text` takes: the widest of its lines, without ANSI colour escapes. */
export function cellTextWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const visible = text.replace(SGR_ESCAPE, '');
  if (!visible.includes('\n')) return lineWidth(visible); // a coloured one-liner: no array of lines
  let widest = 0;
  for (const line of visible.split('\n')) widest = Math.max(widest, lineWidth(line));
  return widest;
}
