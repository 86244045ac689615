/**
 * What the contract promises a bank's security review (contract/openapi.yaml: "Not revealing
 * whether an account exists", "Wrong passwords, throttling and lockout", "Second factor
 * after a new password", "One-time codes"), checked against the real mock over HTTP.
 */
import { expect } from '@open-wc/testing';
import { Contract, DEMO_PASSWORD, loadContract, MockClient } from './contract.js';

let contract: Contract;
const client = async (tenant?: string, base?: string): Promise<MockClient> => new MockClient(contract, base, tenant).start();
const signIn = (c: MockClient, identifier: string, password: string) => c.call('signInWithPassword', { body: { identifier, password } });

describe('the mock keeps accounts private and customers in', () => {
  before(async () => {
    contract = await loadContract();
  });

  it('F3 with a new address: the code is sent, the user is created and named by the address', async () => {
    const c = await client('nokas');
    const step = (await c.call('startVerification', { body: { email: 'new.customer@firma.example' } })).body;
    const params = { flowId: step.flowId };
    expect((await c.call('verifyCode', { params, body: { code: await c.lastCode('new.customer@firma.example') } })).body.next).to.equal('setPassword');
    expect((await c.call('setPassword', { params, body: { password: 'Kodeord123' } })).body.next).to.equal('enrolPhone');
    await c.call('enrolPhone', { params, body: { countryCode: '+45', nationalNumber: '22110099' } });
    const done = await c.call('verifyCode', { params, body: { code: await c.lastCode('+4522110099') } });
    expect(done.body.user.displayName).to.equal('new.customer@firma.example');
  });

  it('F2 and F3 for an active account: the same answer, no code, a mail that points at sign-in', async () => {
    const c = await client();
    const active = (await c.call('startActivation', { body: { email: 'anna@example.com' } })).body;
    const unknown = (await c.call('startActivation', { body: { email: 'nobody@example.com' } })).body;
    expect({ ...active.challenge, id: '', destination: '' }).to.deep.equal({ ...unknown.challenge, id: '', destination: '' });
    const f3 = (await c.call('startVerification', { body: { email: 'anna@example.com' } })).body;
    expect(f3.next).to.equal('verifyCode');
    const mails = (await c.outbox()).filter((m) => m.to === 'anna@example.com');
    expect(mails.map((m) => [m.subject, m.code ?? null])).to.deep.equal([
      ['Nordic Demo Portal: your account is already active', null],
      ['Nordic Demo Portal: you already have a user', null],
    ]);
    const guess = await c.call('verifyCode', { params: { flowId: f3.flowId }, body: { code: '123456' } });
    expect(guess.body.code).to.equal('code_invalid');
  });

  // That the lock holds only for the client that guessed is checked by the conformance kit
  // (rule lockout.per-client): a page's tabs share one cookie jar, Node's clients do not.
  it('five wrong passwords lock an unknown identifier exactly like a known one', async () => {
    const c = await client();
    const last = async (identifier: string) => {
      for (let i = 0; i < 4; i += 1) expect((await signIn(c, identifier, 'wrong')).status).to.equal(401);
      return signIn(c, identifier, 'wrong');
    };
    const known = await last('anna@example.com');
    const unknown = await last('ghost@example.com');
    expect([known.status, known.body.code, known.headers.get('retry-after')]).to.deep.equal([423, 'account_locked', '900']);
    expect([unknown.status, unknown.body.code, unknown.headers.get('retry-after')]).to.deep.equal([423, 'account_locked', '900']);
  });

  it('an account locked by staff says so only to the right password', async () => {
    const c = await client();
    expect((await signIn(c, 'locked@example.com', 'wrong')).body.code).to.equal('invalid_credentials');
    expect((await signIn(c, 'locked@example.com', DEMO_PASSWORD)).body.code).to.equal('account_locked');
  });

  it('F12 by customer number hides the domain, for real and made-up destinations alike', async () => {
    const c = await client('minasidor');
    const real = (await c.call('startPasswordReset', { body: { identifier: '445566' } })).body.challenge.destination;
    const made = (await c.call('startPasswordReset', { body: { identifier: '987654' } })).body.challenge.destination;
    expect(real).to.equal('e***@***');
    expect(made).to.match(/^[a-z]\*\*\*@\*\*\*$/);
    const again = (await c.call('startPasswordReset', { body: { identifier: '987654' } })).body.challenge.destination;
    expect(again, 'deterministic').to.equal(made);
  });

  it('F12 by e-mail for an account with an SMS second factor asks for the SMS before signing in', async () => {
    const c = await client();
    const { flowId } = (await c.call('startPasswordReset', { body: { identifier: 'nils@example.com' } })).body;
    await c.call('verifyCode', { params: { flowId }, body: { code: await c.lastCode('nils@example.com') } });
    const set = (await c.call('setPassword', { params: { flowId }, body: { password: 'Vinter-2027!x' } })).body;
    expect([set.next, set.challenge?.channel]).to.deep.equal(['verifyCode', 'sms']);
    expect((await c.call('getSession')).body.authenticated).to.equal(false);
    const done = await c.call('verifyCode', { params: { flowId }, body: { code: await c.lastCode('+4791234567') } });
    expect(done.body.next).to.equal('signedIn');
  });

  it('a phone number with its trunk 0 is the same number', async () => {
    const c = await client('polarkraft');
    const step = (await c.call('registerWithMobile', { body: { countryCode: '+47', nationalNumber: '098765432', birthDate: '1985-04-12' } })).body;
    expect(step.next).to.equal('verifyCode');
  });

  it('wrong codes are capped per identifier across flows: the 21st in a day is 429 rate_limited', async () => {
    const base = (await client()).base;
    let last;
    for (let flow = 0; flow < 5; flow += 1) {
      // A new session per flow, so the per-session limits do not stop it first.
      const c = await client(undefined, base);
      const { flowId } = (await c.call('startPasswordReset', { body: { identifier: 'anna@example.com' } })).body;
      for (let i = 0; i < 5 && !(last?.status === 429); i += 1) last = await c.call('verifyCode', { params: { flowId }, body: { code: '000000' } });
    }
    expect([last?.status, last?.body.code]).to.deep.equal([429, 'rate_limited']);
    expect(Number(last?.headers.get('retry-after'))).to.be.greaterThan(0);
  });

  it('mailed links that lead to a new password live one hour', async () => {
    const c = await client('minasidor');
    await c.call('requestPasswordLink', { body: { customerNumber: '445566' } });
    const token = await c.lastLinkToken('eva@example.se');
    await c.advance(3601);
    const r = await c.call('redeemLink', { body: { token } });
    expect([r.status, r.body.code]).to.deep.equal([410, 'link_expired']);
  });
});
