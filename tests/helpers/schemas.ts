import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { ROOT } from './runCli.js';

/** Every shipped schema (`schema/*.json`), loaded once; refs between them resolve by `$id`. */
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const file of readdirSync(`${ROOT}/schema`).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(`${ROOT}/schema/${file}`, 'utf8')) as object);
}

/** Validator for a schema id or JSON pointer into one: `urn:milestones:schema:compute#/$defs/indexReport`. */
function validatorFor(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  if (validate === undefined) throw new Error(`no schema ${ref}`);
  return validate;
}

/** The schema errors of `data` against `ref`, as text; `''` when valid (so a failing test shows why). */
export function schemaErrors(data: unknown, ref: string): string {
  const validate = validatorFor(ref);
  return validate(data) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}
