import { type ComputeResult, SCHEMA_VERSION } from './ComputeResult.type.js';

/** The public JSON document: stable keys, full precision, ISO dates, `null` for absent values. */
export function renderJson(result: ComputeResult): string {
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    indexes: result.indexes,
    warnings: result.warnings,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
