/*
 * Whether an answer conforms to its schema in the contract. The schemas come from
 * contract/openapi.yaml at build time (contract-schemas.ts); this reads the few keywords
 * they use. Properties the contract does not name are allowed: a newer backend may add
 * some, and nothing here reads them. The schemas of answers boot never gets load
 * with the first request that needs one (loadAnswerSchemas).
 */
import { answers, definitions, laterDefinitions } from './contract-schemas.js';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  else?: Schema;
  oneOf?: Schema[];
  discriminator?: { propertyName: string; mapping: Record<string, string> };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeIs(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/* The QR code's answer is checked every second: each pattern is compiled once. */
const patterns = new Map<string, RegExp>();
const patternOf = (source: string): RegExp => {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
  return pattern;
};

/** The named schemas at hand: those boot needs, and the others once loaded. */
const known: Record<string, Schema> = { ...definitions };

export function conforms(value: unknown, schema: Schema): boolean {
  if (schema.$ref) {
    const named = known[schema.$ref];
    // A schema not at hand never lets an answer through unchecked.
    if (!named) throw new Error(`the contract's schema ${schema.$ref} is not loaded: call loadAnswerSchemas first`);
    return conforms(value, named);
  }
  const { type } = schema;
  if (type !== undefined && !(Array.isArray(type) ? type : [type]).some((t) => typeIs(t, value))) return false;
  if (schema.const !== undefined && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return false;
    if (schema.maxLength !== undefined && length > schema.maxLength) return false;
    if (schema.pattern !== undefined && !patternOf(schema.pattern).test(value)) return false;
  }
  if (isObject(value)) {
    if (schema.required?.some((key) => !(key in value))) return false;
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (key in value && !conforms(value[key], child)) return false;
    }
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    if (!value.every((item) => conforms(item, items))) return false;
  }
  if (schema.allOf && !schema.allOf.every((part) => conforms(value, part))) return false;
  if (schema.if) {
    const branch = conforms(value, schema.if) ? schema.then : schema.else;
    if (branch && !conforms(value, branch)) return false;
  }
  if (schema.oneOf) {
    const { discriminator } = schema;
    if (discriminator) {
      const tag = isObject(value) ? value[discriminator.propertyName] : undefined;
      const name = typeof tag === 'string' ? discriminator.mapping[tag] : undefined;
      return name !== undefined && conforms(value, { $ref: name });
    }
    if (schema.oneOf.filter((option) => conforms(value, option)).length !== 1) return false;
  }
  return true;
}

/** The operations whose successful answer has a body. */
export type AnsweringOperation = keyof typeof answers;

let later: Promise<void> | undefined;

/** Loads the schemas `operation`'s answer needs, unless they are at hand; answerConforms needs them. */
export function loadAnswerSchemas(operation: AnsweringOperation): Promise<void> {
  // Boot's schemas hold every schema they refer to (the generator sees to it).
  if (answers[operation] in known) return Promise.resolve();
  later ??= laterDefinitions().then(
    (more) => void Object.assign(known, more),
    (error: unknown) => {
      later = undefined;
      throw error;
    },
  );
  return later;
}

/** Whether `value` is what operation `operation` promises to answer (its schemas loaded by loadAnswerSchemas). */
export const answerConforms = (operation: AnsweringOperation, value: unknown): boolean => conforms(value, { $ref: answers[operation] });
