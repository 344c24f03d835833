import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { InputFile } from '../pipeline/readIndexes.js';

export type { InputFile };

/** The bundled S&P 500 history, as named in output: the same as reading it from a clone's root. */
export const SAMPLE_LABEL = 'fixtures/spx.csv';

/**
 * The command's files, with the bundled sample first when `--sample` is given; at least one. No FILE
 * and standard input not a terminal (`cat spx.csv | milestones compute`): standard input, as `-`.
 */
export function resolveInputs(files: readonly string[], sample: boolean | undefined, stdinIsTTY: boolean | undefined = true): InputFile[] {
  const inputs = files.map((file) => ({ path: file, label: file }));
  if (inputs.length === 0 && !sample && stdinIsTTY === false) inputs.push({ path: '-', label: '-' });
  if (sample) {
    // dist/cli/ (or src/cli/ under test) → the package root, where the fixtures ship.
    inputs.unshift({ path: fileURLToPath(new URL(`../../${SAMPLE_LABEL}`, import.meta.url)), label: SAMPLE_LABEL });
  }
  if (inputs.length === 0) throw new UsageError("missing argument 'file' (a CSV file, - for standard input, or --sample)");
  // A file read twice would be every one of its indexes twice over, each warning counted double.
  const seen = new Map<string, InputFile>();
  for (const input of inputs) {
    const key = input.path === '-' ? '-' : resolve(input.path);
    const first = seen.get(key);
    if (first !== undefined) throw new UsageError(`${input.label} is given twice${sample && first === inputs[0] ? ' (--sample reads it)' : ''}`);
    seen.set(key, input);
  }
  return inputs;
}
