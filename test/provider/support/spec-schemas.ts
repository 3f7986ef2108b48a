import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { loadOpenApiDocument } from '../../../provider/spec.ts';

// ajv-formats is CommonJS; under ESM its default export may be wrapped once more.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

const SPEC_ID = 'urn:contract-kit:service-b:openapi';
let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The whole document as one schema resource: `#/components/...` refs resolve inside it.
    ajv.addSchema({ ...loadOpenApiDocument(), $id: SPEC_ID });
  }
  return ajv;
}

/** A validator for the schema at a JSON pointer inside provider/openapi.yaml, e.g. '/components/schemas/Problem'. */
export function specValidator(pointer: string): ValidateFunction {
  const validate = instance().getSchema(`${SPEC_ID}#${pointer}`);
  if (!validate) throw new Error(`provider/openapi.yaml has no schema at #${pointer}`);
  return validate;
}

/** Throws with Ajv's messages when `value` does not match the schema at `pointer`. */
export function assertMatchesSpec(pointer: string, value: unknown, what = 'value'): void {
  const validate = specValidator(pointer);
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new Error(`${what} does not match #${pointer}: ${errors}`);
  }
}
