import type { InputWarning } from '../errors.js';
import { SCHEMA_VERSION } from './ComputeResult.type.js';
import { machineConverter, machineValues } from './machineNumbers.js';
import { jsonPieces, stringifyAt } from './jsonPieces.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

/**
 * `{schemaVersion, ...fields, <key>: [item…], warnings}` written item by item: the same bytes as
 * `JSON.stringify(document, null, 2)`, each value as `machineValues` writes it (ISO dates, rounded
 * percentages).
 */
export function jsonDocument<T>(key: string, toJson: (item: T) => unknown = (item) => item, fields: Record<string, unknown> = {}): StreamRenderer<T> {
  let items = 0;
  const indented = (value: unknown, indent: string): string => stringifyAt(machineValues(value), '  ', indent);
  return {
    head: () => {
      const before = Object.entries(fields).map(([k, v]) => `\n  ${JSON.stringify(k)}: ${indented(v, '  ')},`).join('');
      return `{\n  "schemaVersion": ${SCHEMA_VERSION},${before}\n  ${JSON.stringify(key)}: [`;
    },
    item: function* (item, n) {
      items++;
      yield n === 0 ? '\n    ' : ',\n    ';
      const json = toJson(item);
      yield* jsonPieces(json, '  ', '    ', machineConverter(json));
    },
    tail: (warnings: readonly InputWarning[]) => `${items > 0 ? '\n  ' : ''}],\n  "warnings": ${indented(warnings, '  ')}\n}\n`,
  };
}
