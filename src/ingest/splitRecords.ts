import { InputError } from '../errors.js';
import type { Dialect } from './Dialect.type.js';

export type OnRecord = (fields: string[], line: number) => void;

/**
 * Calls `onRecord` with the fields and 1-based line number of every non-blank record of `text`.
 * Fields may be quoted (RFC 4180: `""` is a quote, a quoted field may span lines); an unterminated
 * quote is an `InputError` at the line where the quote opened.
 */
export function splitRecords(text: string, dialect: Dialect, source: string, onRecord: OnRecord): void {
  if (text.includes('"')) splitQuoted(text, dialect.delimiter, source, onRecord);
  else splitPlain(text, dialect.delimiter, onRecord);
}

/** Unquoted text: a line is a record, the delimiter a separator. */
function splitPlain(text: string, delimiter: string, onRecord: OnRecord): void {
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > start) onRecord(text.slice(start, stop).split(delimiter), line);
    start = end + 1;
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

function splitQuoted(text: string, delimiter: string, source: string, onRecord: OnRecord): void {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let j = i + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new InputError(source, openLine, 'unterminated quoted field (a " that is never closed)');
          const chunk = text.slice(j, q);
          value += chunk;
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === CR)) i++;
        if (i < n && text.charCodeAt(i) !== d && text.charCodeAt(i) !== LF) {
          throw new InputError(source, line, `text after a closing quote (${JSON.stringify(value)})`);
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === LF) break;
          j++;
        }
        value = text.slice(i, j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j);
        i = j;
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      if (i < n) (i++, line++);
      break;
    }
    if (fields.length > 1 || fields[0].trim() !== '') onRecord(fields, recordLine);
  }
}
