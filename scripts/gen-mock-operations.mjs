// Writes mock-server/contract-operations.ts: for every operation in contract/openapi.yaml its
// method, its path in msw's form (`/flows/:flowId/phone`), its tag (the contract area whose
// file in mock-server/areas/ implements it), whether it needs X-CSRF-Token, and the schema
// of its JSON request body with every $ref resolved, for the mock to route requests and
// check their bodies against. Run by setup.mjs and `npm run gen:api`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const doc = parse(readFileSync('contract/openapi.yaml', 'utf8'));
const KEPT = ['type', 'required', 'enum', 'const', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'format'];

function inline(schema) {
  if (schema.$ref) return inline(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  const out = {};
  for (const key of KEPT) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, inline(v)]));
  if (schema.items) out.items = inline(schema.items);
  return out;
}

// An operation needs the token when every way of meeting its `security` names it.
const needsCsrf = (security) => security.length > 0 && security.every((requirement) => 'csrfToken' in requirement);

const operations = {};
const byTag = {};
for (const [path, item] of Object.entries(doc.paths)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const operation = item[method];
    if (!operation) continue;
    const [tag] = operation.tags;
    const body = operation.requestBody?.content?.['application/json']?.schema;
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path: path.replace(/\{([^}]+)\}/g, ':$1'),
      tag,
      csrf: needsCsrf(operation.security ?? doc.security ?? []),
      ...(body ? { body: inline(body) } : {}),
    };
    (byTag[tag] ??= []).push(operation.operationId);
  }
}

const entries = Object.entries(operations).map(([id, operation]) => `  ${id}: ${JSON.stringify(operation)},`);
const tags = Object.entries(byTag).map(([tag, ids]) => `  '${tag}': ${ids.map((id) => `'${id}'`).join(' | ')};`);

writeFileSync(
  'mock-server/contract-operations.ts',
  `// Generated from contract/openapi.yaml by scripts/gen-mock-operations.mjs. Do not edit.
import type { ContractOperation, OperationId } from './operation-types.js';

/** The operations of each tag: the contract's areas, one file each in mock-server/areas/. */
export interface OperationsByTag {
${tags.join('\n')}
}

/** How each operation is reached and what its request body must be. */
export const contractOperations: Record<OperationId, ContractOperation> = {
${entries.join('\n')}
};
`,
);
