/**
 * Request bodies checked against the contract's request schemas (contract-operations.ts),
 * with the field-level detail of `422 validation_failed`: a required field that is missing,
 * null or empty is `required`, a string too long or short `tooLong` / `tooShort`, anything
 * else that does not match `invalid`. The contract's request bodies are flat objects, so a
 * field is a top-level property. Types, patterns and lengths are checked by the element's
 * own answer checker (conforms); the formats it leaves out are checked here.
 */
import { conforms } from '../src/api/conforms.js';
import type { RequestSchema } from './operation-types.js';
import type { FieldError } from './problems.js';
import { isDate, isEmail } from './rules.js';

const FORMATS: Record<string, (value: string) => boolean> = {
  email: isEmail,
  date: isDate,
  uri: (value) => URL.canParse(value),
};

type FieldSchema = NonNullable<RequestSchema['properties']>[string];

function fieldError(value: unknown, schema: FieldSchema): FieldError['code'] | null {
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.maxLength !== undefined && length > schema.maxLength) return 'tooLong';
    if (schema.minLength !== undefined && length < schema.minLength) return 'tooShort';
  }
  if (!conforms(value, schema)) return 'invalid';
  const format = schema.format ? FORMATS[schema.format] : undefined;
  return typeof value === 'string' && format && !format(value) ? 'invalid' : null;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** What is wrong with `body` (already parsed JSON) by `schema`: empty when it conforms. */
export function bodyErrors(body: Record<string, unknown>, schema: RequestSchema): FieldError[] {
  const required = new Set(schema.required);
  const errors: FieldError[] = [];
  for (const field of required) {
    if (isEmpty(body[field])) errors.push({ field, code: 'required' });
  }
  for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
    const value = body[field];
    if (value === undefined || (required.has(field) && isEmpty(value))) continue;
    const code = fieldError(value, fieldSchema);
    if (code) errors.push({ field, code });
  }
  return errors;
}
