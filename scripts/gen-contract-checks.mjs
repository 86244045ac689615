// Writes src/api/contract-schemas.ts: the schemas of every successful answer in
// contract/openapi.yaml, reduced to the keywords that decide whether an answer conforms
// (descriptions, examples and formats dropped), for src/api/conforms.ts to check answers
// against before anything acts on them. Run by setup.mjs and `npm run gen:api`.
//
// The schemas of the answers boot may get (AT_BOOT) come with the widget; the others are
// written to src/api/contract-schemas-later.ts, which the client imports beside the first
// request whose answer needs one of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const doc = parse(readFileSync('contract/openapi.yaml', 'utf8'));
const refName = (ref) => ref.replace('#/components/schemas/', '');
const resolveResponse = (response) =>
  response.$ref ? doc.components.responses[response.$ref.replace('#/components/responses/', '')] : response;

/**
 * What boot may ask for before the first screen shows: the tenant's configuration, the
 * session, and a running BankID order, whose QR code and collect follow at once.
 */
const AT_BOOT = ['getConfig', 'getSession', 'getCurrentBankIdOrder', 'getBankIdQr', 'collectBankIdOrder'];

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

/** `names` and every schema they refer to, however deep. */
function closure(names) {
  const found = new Set();
  const visit = (schema) => {
    if (!schema || typeof schema !== 'object') return;
    if (typeof schema.$ref === 'string' && !found.has(schema.$ref)) {
      found.add(schema.$ref);
      visit(definitions[schema.$ref]);
    }
    // conforms() follows a discriminator's mapping, not only the oneOf beside it.
    for (const name of Object.values(schema.discriminator?.mapping ?? {})) visit({ $ref: name });
    for (const value of Object.values(schema)) visit(value);
  };
  for (const name of names) visit({ $ref: name });
  return found;
}

const unknown = AT_BOOT.filter((operation) => !answers[operation]);
if (unknown.length) throw new Error(`AT_BOOT names operations without an answer in the contract: ${unknown.join(', ')}`);
const atBoot = closure(AT_BOOT.map((operation) => answers[operation]));
const sorted = (keep) => Object.fromEntries(Object.keys(definitions).filter(keep).sort().map((k) => [k, definitions[k]]));

writeFileSync(
  'src/api/contract-schemas.ts',
  `// Generated from contract/openapi.yaml by scripts/gen-contract-checks.mjs. Do not edit.
import type { Schema } from './conforms.js';

/** The schema each operation's successful answer with a body conforms to, by name. */
export const answers = ${JSON.stringify(answers)} as const;

/** The named schemas the answers of ${AT_BOOT.join(', ')} refer to: what boot may need. */
export const definitions: Record<string, Schema> = ${JSON.stringify(sorted((name) => atBoot.has(name)))};

/** The other answers' schemas, loaded when an answer first needs one. */
export const laterDefinitions = (): Promise<Record<string, Schema>> => import('./contract-schemas-later.js').then((m) => m.definitions);
`,
);

writeFileSync(
  'src/api/contract-schemas-later.ts',
  `// Generated from contract/openapi.yaml by scripts/gen-contract-checks.mjs. Do not edit.
import type { Schema } from './conforms.js';

/** The schemas of the answers boot never gets (see contract-schemas.ts). */
export const definitions: Record<string, Schema> = ${JSON.stringify(sorted((name) => !atBoot.has(name)))};
`,
);
