import { createRequire } from 'node:module';
import { InputError } from '../errors.js';

/** Calls `onRecord` with the fields and 1-based line number of every non-blank line of `text`. */
export function splitRecords(
  text: string,
  source: string,
  onRecord: (fields: string[], line: number) => void,
): void {
  if (text.includes('"')) splitQuoted(text, source, onRecord);
  else splitPlain(text, onRecord);
}

/** Unquoted CSV: a line is a record, a comma a separator. */
function splitPlain(text: string, onRecord: (fields: string[], line: number) => void): void {
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > start) onRecord(text.slice(start, stop).split(','), line);
    start = end + 1;
  }
}

/** RFC 4180 CSV with quoted fields, through csv-parse. */
function splitQuoted(text: string, source: string, onRecord: (fields: string[], line: number) => void): void {
  let records: { record: string[]; info: { lines: number } }[];
  // Loaded on first use: most files have no quotes, and start-up time matters to scripts.
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const why = String(e.message ?? error).replace(/^Invalid Record Length: |,? at line \d+$/, '');
    throw new InputError(source, typeof e.lines === 'number' ? e.lines : null, `malformed CSV: ${why}`);
  }
  for (const { record, info } of records) onRecord(record, info.lines);
}
