import { parse } from 'csv-parse/sync';

/** CSV output back to JSON-like records: empty → null, true/false → booleans, ISO dates stay text, numbers → numbers. */
export function parseCsvRecords(text: string): Record<string, unknown>[] {
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const value = (cell: string): unknown => {
    if (cell === '') return null;
    if (cell === 'true' || cell === 'false') return cell === 'true';
    if (/^\d{4}-\d{2}-\d{2}$/.test(cell) || Number.isNaN(Number(cell))) return cell;
    return Number(cell);
  };
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, value(v)])));
}
