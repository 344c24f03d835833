import type { MachineConverter } from './machineNumbers.js';

/** Arrays longer than this are written this many elements at a time (a market-wide index has 100,000 levels). */
const LONG = 256;

/**
 * `JSON.stringify(convert(value), null, step)` (`step` '' for compact JSON; `convert`: the machine
 * formats' dates and numbers, applied a piece at a time so a huge report is never copied whole) in pieces, as if written at indentation `indent`: the same bytes, but a long array,
 * and every object holding one, is written an element (a key) at a time, so a huge report is never
 * one string. Values are what JSON can say (no functions, no cycles); `undefined` keys are left
 * out, as `JSON.stringify` does.
 */
export function* jsonPieces(value: unknown, step: string, indent = '', convert: MachineConverter = (part) => part, parent = ''): Generator<string> {
  if (!holdsLongArray(value)) {
    const text = JSON.stringify(convert(value, parent), null, step);
    yield indent === '' || step === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = indent + step;
  const newline = step === '' ? '' : `\n${inner}`;
  if (Array.isArray(value)) {
    yield '[';
    for (let at = 0; at < value.length; at += LONG) {
      // A slice stringified at once, its brackets cut off: `[\n  a,\n  b\n]` → `  a,\n  b`.
      const text = JSON.stringify(convert(value.slice(at, at + LONG), parent), null, step);
      const elements = step === '' ? text.slice(1, -1) : text.slice(2, -2).replace(/\n/g, `\n${indent}`);
      yield `${at === 0 ? '' : ','}${step === '' ? '' : `\n${indent}`}${elements}`;
    }
    yield step === '' ? ']' : `\n${indent}]`;
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    yield `${first ? '' : ','}${newline}${JSON.stringify(key)}:${step === '' ? '' : ' '}`;
    first = false;
    yield* jsonPieces(v, step, inner, convert, key);
  }
  yield first ? '}' : step === '' ? '}' : `\n${indent}}`;
}

/** Whether `value` is, or holds within two levels, an array longer than `LONG`. */
function holdsLongArray(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 2) return false;
  if (Array.isArray(value)) return value.length > LONG;
  return Object.values(value).some((v) => holdsLongArray(v, depth + 1));
}
