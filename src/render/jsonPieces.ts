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
    yield stringifyAt(convert(value, parent), step, indent);
    return;
  }
  const inner = indent + step;
  const newline = step === '' ? '' : `\n${inner}`;
  if (Array.isArray(value)) {
    yield '[';
    for (let at = 0; at < value.length; at += LONG) {
      // A slice stringified at once, its brackets cut off: `[\n<inner>a,\n<inner>b\n<indent>]` → `\n<inner>a,\n<inner>b`.
      const text = stringifyAt(convert(value.slice(at, at + LONG), parent), step, indent);
      yield `${at === 0 ? '' : ','}${text.slice(1, text.length - (step === '' ? 1 : indent.length + 2))}`;
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

/**
 * `JSON.stringify(value, null, step)` as if written at `indent` (a whole number of `step`s): every
 * line after the first indented by it. The value is stringified inside as many one-element arrays
 * as `indent` has steps, which indent it so, and their brackets' lines are cut off again.
 */
export function stringifyAt(value: unknown, step: string, indent: string): string {
  if (step === '' || indent === '') return JSON.stringify(value, null, step);
  const depth = indent.length / step.length;
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, step);
  // Before: `[\n` and a step more at each depth; after: `\n` and a step less, then `]`.
  const before = 2 * depth + (step.length * depth * (depth + 1)) / 2;
  const after = 2 * depth + (step.length * depth * (depth - 1)) / 2;
  return text.slice(before, text.length - after);
}

/** Whether `value` is, or holds within two levels, an array longer than `LONG`. */
function holdsLongArray(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 2) return false;
  if (Array.isArray(value)) return value.length > LONG;
  return Object.values(value).some((v) => holdsLongArray(v, depth + 1));
}
