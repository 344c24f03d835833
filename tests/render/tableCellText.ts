// Random text for table cells: what can reach a table from input files (symbols) or our own
// formatting, and what makes widths hard: ANSI colour (well formed, from chalk at level 1, and raw
// escapes, closed or not), wide characters, emoji sequences, zero-width and control characters,
// newlines, empty text.
import { Chalk } from 'chalk';
import fc from 'fast-check';

export const chalk1 = new Chalk({ level: 1 });

const plain = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', ' ', '.', ',', '-', '|', '%') });
const wide = fc.constantFrom('中', '指数', 'ｱ', '한', '\u3000', '〈');
const emoji = fc.constantFrom('😀', '🇺🇸', '🇺', '🇿🇿', '👍🏽', '🏽', '👨‍👩‍👧', '❤️‍🔥', '🫠', '©️', '©', '#️⃣', '☺', '☺️');
const zeroWidthOrControl = fc.constantFrom('e\u0301', '\u0300', '\t', '\r', '\u200d', '\u200b', '\u00ad', '\ufe0f', '\u0000', '\u0085');
const rawEscape = fc.constantFrom(
  '\u001b[31m', '\u001b[1m', '\u001b[0m', '\u001b[m', '\u001b[22m', '\u001b[39m', '\u001b[49m', '\u001b[01m',
  '\u001b[1;31m', '\u001b[38;5;200m', '\u001b[48;2;1;2;3m', '\u001b[44m', '\u001b[103m', '\u001b[;1m', '\u001b[4m',
  '\u001b[9m', '\u001b[29m', '\u001b[7m', '\u001b[3m', '\u001b[1;2;3;4;5;6;7m', '\u001b[12345m', '\u001b]8;;https://x.test\u0007',
  '\u001b[', '\u001b', '\u009b31m',
);
/** Any SGR escape of 1-7 parameters (0-110 or empty): every boundary of the colour and style rules. */
const anySgr = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 110 }).map(String), fc.constant('')), { minLength: 1, maxLength: 7 })
  .map((parameters) => `\u001b[${parameters.join(';')}m`);
const piece = fc.oneof(plain, wide, emoji, zeroWidthOrControl, rawEscape, anySgr, fc.constant('\n'), fc.string(), fc.constant(''));
const pieces = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));

const STYLES = ['red', 'green', 'yellow', 'gray', 'bgBlue', 'bgRedBright', 'bold', 'dim', 'italic', 'underline', 'inverse', 'strikethrough'] as const;
const styled = fc
  .tuple(fc.array(fc.constantFrom(...STYLES), { minLength: 1, maxLength: 3 }), pieces)
  .map(([styles, text]) => styles.reduce((coloured, style) => chalk1[style](coloured), text));

/** A cell's text: a few pieces, some coloured by chalk (nested styles included). */
export const cellText: fc.Arbitrary<string> = fc.array(fc.oneof(pieces, styled), { maxLength: 3 }).map((parts) => parts.join(''));
