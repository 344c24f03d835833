import type { ChalkInstance } from 'chalk';
import { cellTextWidth } from './cellTextWidth.js';

/**
 * `label  text` lines under a table (`  Last close      6,978.03 on 2026-01-28`): labels bold and
 * padded to `labelWidth`, each text wrapped at spaces to fit `width` columns, its later lines indented
 * under its first. A word longer than the room left stays whole on a line of its own.
 */
export function labelledLines(pairs: readonly (readonly [string, string])[], width: number, chalk: ChalkInstance, labelWidth = 0): string[] {
  const labels = Math.max(labelWidth, ...pairs.map(([label]) => label.length));
  const indent = ' '.repeat(2 + labels + 2);
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  for (const [label, text] of pairs) {
    const wrapped = wrapWords(text, room);
    lines.push(`  ${chalk.bold(label.padEnd(labels))}  ${wrapped[0]}`);
    for (const more of wrapped.slice(1)) lines.push(indent + more);
  }
  return lines;
}

/** A note under a table: `text` indented by two spaces, its later lines by four, wrapped to `width` columns; one string with a newline after each line. */
export function noteLines(text: string, width: number): string {
  return wrapWords(text, Math.max(20, width - 4))
    .map((line, i) => `${i === 0 ? '  ' : '    '}${line}\n`)
    .join('');
}

/** `text` in lines of at most `room` columns, broken at single spaces. */
function wrapWords(text: string, room: number): string[] {
  if (cellTextWidth(text) <= room) return [text];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    const wordWidth = cellTextWidth(word);
    if (line !== '' && lineWidth + 1 + wordWidth > room) {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    line += (line === '' ? '' : ' ') + word;
    lineWidth += (lineWidth === 0 ? 0 : 1) + wordWidth;
  }
  lines.push(line);
  return lines;
}
