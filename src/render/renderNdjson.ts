/** NDJSON: one compact JSON object per line; empty output for no records. */
export function renderNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
