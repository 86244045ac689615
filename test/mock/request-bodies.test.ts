/**
 * The mock refuses request bodies that break the contract: for every operation with a
 * request body, a body that conforms gets past validation, and each way of breaking one of
 * its fields that the contract's schema names (missing, wrong type, too long, pattern, enum,
 * format) is answered `422 validation_failed` naming that field. Over HTTP, against the real
 * mock, every answer itself checked against the contract.
 */
import { expect } from '@open-wc/testing';
import { Contract, loadContract, MockClient } from './contract.js';

type Json = Record<string, any>;

let contract: Contract;

/** A body that conforms, per operation with a request body (and the path parameters it needs). */
const CONFORMING: Record<string, { body: Json; params?: Record<string, string> }> = {
  signInWithPassword: { body: { identifier: 'nobody@example.com', password: 'wrong', rememberMe: false } },
  verifyCode: { params: { flowId: 'f-none' }, body: { code: '123456' } },
  enrolPhone: { params: { flowId: 'f-none' }, body: { countryCode: '+47', nationalNumber: '91234567' } },
  setPassword: { params: { flowId: 'f-none' }, body: { password: 'Sommar-2026!' } },
  startActivation: { body: { email: 'someone@example.com' } },
  startVerification: { body: { email: 'someone@example.com' } },
  registerWithMobile: { body: { countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' } },
  registerWithCustomerNumber: { body: { customerNumber: '100200', pin: '0000', email: 'per@example.com', password: 'Sommar-2026!' } },
  recoverCustomerNumber: { body: { email: 'who@example.com', mobile: '+4741234567', customerNumber: '100200', channel: 'email' } },
  registerEmail: { body: { customerNumber: '556677', personalNumber: '19800101-1231', email: 'sven@example.se' } },
  requestPasswordLink: { body: { customerNumber: '000001' } },
  startPasswordReset: { body: { identifier: 'ghost@example.com' } },
  redeemLink: { body: { token: 'never-issued' } },
  startBankIdOrder: { body: { device: 'other', returnUrl: 'http://localhost:5173/login' } },
  confirmBankIdReturn: { body: { nonce: 'never-issued' } },
  startIdentityProvider: { params: { providerId: 'azure' }, body: { returnUrl: 'http://localhost:5173/login' } },
};

interface Breach {
  field: string;
  /** undefined: the field is left out. */
  value: unknown;
  code: 'required' | 'invalid' | 'tooLong';
}

function resolve(schema: Json): Json {
  return schema.$ref ? resolve(contract.doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema;
}

/** The operation's request body schema, or undefined when it takes none. */
function bodySchema(operationId: string): Json | undefined {
  const schema = contract.operation(operationId).operation.requestBody?.content?.['application/json']?.schema;
  return schema ? resolve(schema) : undefined;
}

/** Every way of breaking one field that the schema itself rules out. */
function breaches(schema: Json): Breach[] {
  const out: Breach[] = (schema.required ?? []).map((field: string) => ({ field, value: undefined, code: 'required' }));
  for (const [field, raw] of Object.entries<Json>(schema.properties ?? {})) {
    const s = resolve(raw);
    out.push({ field, value: s.type === 'boolean' ? 'yes' : 12345, code: 'invalid' });
    if (s.maxLength !== undefined) out.push({ field, value: '1'.repeat(s.maxLength + 1), code: 'tooLong' });
    if (s.pattern !== undefined) out.push({ field, value: '#', code: 'invalid' });
    if (s.enum !== undefined) out.push({ field, value: 'none-of-these', code: 'invalid' });
    if (s.format !== undefined) out.push({ field, value: `not a ${s.format}`, code: 'invalid' });
  }
  return out;
}

describe('request bodies are checked against the contract', () => {
  before(async () => {
    contract = await loadContract();
  });

  it('every operation with a request body has a conforming example here', () => {
    const withBody = [...contract.operations.keys()].filter((id) => bodySchema(id) !== undefined);
    expect(Object.keys(CONFORMING).sort()).to.deep.equal(withBody.sort());
  });

  it('a conforming body gets past validation; each field broken as the schema rules out is 422 validation_failed naming it', async () => {
    const wrong: string[] = [];
    for (const [operationId, { body, params }] of Object.entries(CONFORMING)) {
      const c = await new MockClient(contract).start();
      const accepted = await c.call(operationId, { body, ...(params ? { params } : {}) });
      if (accepted.body?.code === 'validation_failed') wrong.push(`${operationId}: refused a conforming body: ${JSON.stringify(accepted.body.errors)}`);
      for (const { field, value, code } of breaches(bodySchema(operationId) ?? {})) {
        const broken: Json = { ...body, [field]: value };
        if (value === undefined) delete broken[field];
        const r = await c.call(operationId, { body: broken, ...(params ? { params } : {}) });
        const named = r.status === 422 && r.body.code === 'validation_failed' && r.body.errors.some((e: Json) => e.field === field && e.code === code);
        if (!named) wrong.push(`${operationId} ${field}=${JSON.stringify(value)}: ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('a national number with spaces, a required field that is null and a body that is no object are refused', async () => {
    const c = await new MockClient(contract).start();
    const spaced = await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '987 65 432', birthDate: '1985-04-12' } });
    expect([spaced.status, spaced.body.errors]).to.deep.equal([422, [{ field: 'nationalNumber', code: 'invalid' }]]);
    const nothing = await c.call('startPasswordReset', { body: { identifier: null } });
    expect(nothing.body.errors).to.deep.equal([{ field: 'identifier', code: 'required' }]);
    const list = await c.call('redeemLink', { rawBody: '["demo-password-link"]' });
    expect([list.status, list.body.errors]).to.deep.equal([422, [{ field: 'body', code: 'invalid' }]]);
  });
});
