// Writes src/api/contract-schemas.ts: the schemas of every successful answer in
// contract/openapi.yaml, reduced to the keywords that decide whether an answer conforms
// (descriptions, examples and formats dropped), for src/api/conforms.ts to check answers
// against before anything acts on them. Run by setup.mjs and `npm run gen:api`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const doc = parse(readFileSync('contract/openapi.yaml', 'utf8'));
const refName = (ref) => ref.replace('#/components/schemas/', '');
const resolveResponse = (response) =>
  response.$ref ? doc.components.responses[response.$ref.replace('#/components/responses/', '')] : response;

const needed = new Set();
const KEPT = ['type', 'required', 'enum', 'const', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern'];

function reduce(schema) {
  if (schema.$ref) {
    needed.add(refName(schema.$ref));
    return { $ref: refName(schema.$ref) };
  }
  const out = {};
  for (const key of KEPT) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, reduce(v)]));
  if (schema.items) out.items = reduce(schema.items);
  if (schema.allOf) out.allOf = schema.allOf.map(reduce);
  for (const key of ['if', 'then', 'else']) if (schema[key]) out[key] = reduce(schema[key]);
  if (schema.oneOf) {
    out.oneOf = schema.oneOf.map(reduce);
    if (schema.discriminator) {
      const { propertyName, mapping } = schema.discriminator;
      out.discriminator = { propertyName, mapping: Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, refName(v)])) };
    }
  }
  return out;
}

const answers = {};
const definitions = {};
for (const operations of Object.values(doc.paths)) {
  for (const operation of Object.values(operations)) {
    if (!operation?.operationId || !operation.responses) continue;
    for (const [status, raw] of Object.entries(operation.responses)) {
      const schema = status.startsWith('2') ? resolveResponse(raw).content?.['application/json']?.schema : undefined;
      if (!schema) continue;
      // Every answer names a schema; one written inline gets the operation's name.
      if (schema.$ref) answers[operation.operationId] = reduce(schema).$ref;
      else {
        answers[operation.operationId] = operation.operationId;
        definitions[operation.operationId] = reduce(schema);
      }
    }
  }
}

for (let grew = true; grew; ) {
  grew = false;
  for (const name of [...needed]) {
    if (definitions[name]) continue;
    definitions[name] = reduce(doc.components.schemas[name]);
    grew = true;
  }
}
const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));

writeFileSync(
  'src/api/contract-schemas.ts',
  `// Generated from contract/openapi.yaml by scripts/gen-contract-checks.mjs. Do not edit.
import type { Schema } from './conforms.js';

/** The schema each operation's successful answer with a body conforms to, by name. */
export const answers = ${JSON.stringify(answers)} as const;

/** The named schemas those answers refer to. */
export const definitions: Record<string, Schema> = ${JSON.stringify(sorted)};
`,
);
