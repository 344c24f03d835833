import type { ComputeResult } from './ComputeResult.type.js';

/** NDJSON: one compact JSON object per line, full precision; empty output for no records. */
export function renderNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** `compute --format ndjson`: one `indexes[]` object of the JSON document per line (warnings go to stderr only). */
export function renderComputeNdjson(result: ComputeResult): string {
  return renderNdjson(result.indexes);
}
