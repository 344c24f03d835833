import type { InputWarning } from '../errors.js';
import { SCHEMA_VERSION } from './ComputeResult.type.js';
import { withIsoDates } from './isoDates.js';
import { jsonPieces } from './jsonPieces.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

/**
 * `{schemaVersion, ...fields, <key>: [item…], warnings}` written item by item: the same bytes as
 * `JSON.stringify(document, isoDates, 2)` (day numbers under date keys as ISO dates; JSON text
 * never holds a raw newline, so each item's lines are indented by replacing them).
 */
export function jsonDocument<T>(key: string, toJson: (item: T) => unknown = (item) => item, fields: Record<string, unknown> = {}): StreamRenderer<T> {
  let items = 0;
  const indented = (value: unknown, indent: string): string => JSON.stringify(withIsoDates(value), null, 2).replace(/\n/g, `\n${indent}`);
  return {
    head: () => {
      const before = Object.entries(fields).map(([k, v]) => `\n  ${JSON.stringify(k)}: ${indented(v, '  ')},`).join('');
      return `{\n  "schemaVersion": ${SCHEMA_VERSION},${before}\n  ${JSON.stringify(key)}: [`;
    },
    item: function* (item, n) {
      items++;
      yield n === 0 ? '\n    ' : ',\n    ';
      yield* jsonPieces(toJson(item), '  ', '    ');
    },
    tail: (warnings: readonly InputWarning[]) => `${items > 0 ? '\n  ' : ''}],\n  "warnings": ${indented(warnings, '  ')}\n}\n`,
  };
}
