import { expect } from '@open-wc/testing';
import { createApiClient, type ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import type { Step } from '../../src/api/types.js';
import { mock, newSandbox } from '../support/mock.js';
import { PASSWORD } from '../support/steps.js';
import { failingFetch, recordingFetch } from './mock-backend.js';

const NEW_PASSWORD = 'Nordlys-2026!a';

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

function expectStep<N extends Step['next']>(step: Step, next: N): Extract<Step, { next: N }> {
  expect(step.next).to.equal(next);
  return step as Extract<Step, { next: N }>;
}

const methodsOf = (requests: Request[]) => requests.map((r) => `${r.method} ${new URL(r.url).pathname.replace(/^.*\/api/, '')}`);

describe('API client: every operation against the mock', () => {
  it('reads the configuration of the tenant it was made for', async () => {
    const base = newSandbox();
    const fetch = recordingFetch();
    const config = await createApiClient({ baseUrl: base, tenant: 'nokas', fetch }).getConfig();
    expect(config.tenant.id).to.equal('nokas');
    expect(new URL(fetch.requests[0]!.url).searchParams.get('tenant')).to.equal('nokas');
    expect((await createApiClient({ baseUrl: base }).getConfig()).tenant.id).to.equal('demo');
  });

  it('signs in, keeps the session cookie, signs out (F1, F10)', async () => {
    const api = createApiClient({ baseUrl: newSandbox() });
    expect((await api.getSession()).authenticated).to.equal(false);
    const step = expectStep(await api.signInWithPassword({ identifier: 'anna@example.com', password: PASSWORD }), 'signedIn');
    expect(step.user.displayName).to.equal('Anna Andersen');
    expect((await api.getSession()).user?.id).to.equal('u-anna');
    expect(await api.signOut()).to.equal(undefined);
    expect((await api.getSession()).authenticated).to.equal(false);
  });

  it('fetches the CSRF token itself before the first state-changing call', async () => {
    const fetch = recordingFetch();
    const api = createApiClient({ baseUrl: newSandbox(), fetch });
    await api.signInWithPassword({ identifier: 'anna@example.com', password: PASSWORD });
    expect(methodsOf(fetch.requests)).to.deep.equal(['GET /session', 'POST /auth/password']);
    expect(fetch.requests[1]!.headers.get('X-CSRF-Token')).to.have.length.greaterThan(15);
  });

  it('runs a code flow: reset, resend after the cool-down, verify, set password (F12)', async () => {
    const base = newSandbox();
    const api = createApiClient({ baseUrl: base });
    const started = expectStep(await api.startPasswordReset({ identifier: 'anna@example.com' }), 'verifyCode');
    expect(started.challenge).to.include({ channel: 'email', codeLength: 6, attemptsLeft: 5, resendAfterSeconds: 30 });
    const early = await rejection(api.resendCode(started.flowId));
    expect(early.code).to.equal('resend_too_soon');
    expect(early.status).to.equal(429);
    expect(early.retryAfterSeconds).to.be.within(29, 30);
    await mock.clock(base, 31);
    const challenge = await api.resendCode(started.flowId);
    expect(challenge.resendAfterSeconds).to.equal(30);
    const code = await mock.lastCode(base);
    const wrong = await rejection(api.verifyCode(started.flowId, { code: code === '000000' ? '111111' : '000000' }));
    expect(wrong).to.include({ code: 'code_invalid', status: 400, attemptsLeft: 4 });
    expectStep(await api.verifyCode(started.flowId, { code }), 'setPassword');
    const weak = await rejection(api.setPassword(started.flowId, { password: 'short' }));
    expect(weak.code).to.equal('password_policy');
    expect(weak.violations).to.include('minLength');
    expectStep(await api.setPassword(started.flowId, { password: NEW_PASSWORD }), 'signedIn');
  });

  it('runs activation, verification and the second factor with phone enrolment (F2, F3)', async () => {
    const base = newSandbox();
    const hk = createApiClient({ baseUrl: base, tenant: 'hk' });
    const activation = expectStep(await hk.startActivation({ email: 'kari@hk.example' }), 'verifyCode');
    expectStep(await hk.verifyCode(activation.flowId, { code: await mock.lastCode(base, 'kari@hk.example') }), 'setPassword');

    const nokas = createApiClient({ baseUrl: base, tenant: 'nokas' });
    const verification = expectStep(await nokas.startVerification({ email: 'ny@nokas.example' }), 'verifyCode');
    expectStep(await nokas.verifyCode(verification.flowId, { code: await mock.lastCode(base, 'ny@nokas.example') }), 'setPassword');
    const enrol = expectStep(await nokas.setPassword(verification.flowId, { password: NEW_PASSWORD }), 'enrolPhone');
    const sms = expectStep(await nokas.enrolPhone(enrol.flowId, { countryCode: '+45', nationalNumber: '20123456' }), 'verifyCode');
    expect(sms.challenge.channel).to.equal('sms');
    expectStep(await nokas.verifyCode(sms.flowId, { code: await mock.lastCode(base, '+4520123456') }), 'signedIn');
  });

  it('registers and recovers with mobile and customer numbers, and redeems mailed links (F4–F7)', async () => {
    const base = newSandbox();
    const polar = createApiClient({ baseUrl: base, tenant: 'polarkraft' });
    expectStep(await polar.registerWithMobile({ countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' }), 'verifyCode');
    expectStep(await polar.registerWithMobile({ countryCode: '+47', nationalNumber: '98765400', birthDate: '1985-04-12' }), 'contactSupport');
    expectStep(
      await polar.registerWithCustomerNumber({ customerNumber: '100200', pin: '4321', email: 'per@example.com', password: NEW_PASSWORD }),
      'checkInbox',
    );
    expectStep(await polar.redeemLink({ token: await mock.lastLinkToken(base, 'per@example.com') }), 'signedIn');
    expectStep(await polar.recoverCustomerNumber({ email: 'ingrid@polarkraft.example', channel: 'email' }), 'checkInbox');

    const mina = createApiClient({ baseUrl: base, tenant: 'minasidor' });
    expectStep(await mina.registerEmail({ customerNumber: '556677', personalNumber: '19800101-1231', email: 'sven@example.se' }), 'checkInbox');
    expectStep(await mina.redeemLink({ token: await mock.lastLinkToken(base, 'sven@example.se') }), 'setPassword');
    expectStep(await mina.requestPasswordLink({ customerNumber: '445566' }), 'checkInbox');
    expectStep(await mina.redeemLink({ token: await mock.lastLinkToken(base, 'eva@example.se') }), 'setPassword');
    const used = await rejection(mina.redeemLink({ token: 'demo-used-link' }));
    expect(used.code).to.equal('link_invalid');
    expect((await rejection(mina.redeemLink({ token: 'demo-expired-link' }))).code).to.equal('link_expired');
  });

  it('starts, polls, resumes and cancels a BankID order (F8)', async () => {
    const api = createApiClient({ baseUrl: newSandbox(), tenant: 'minasidor' });
    expect(await api.getCurrentBankIdOrder()).to.equal(null);
    const order = await api.startBankIdOrder({ device: 'other' });
    expect((await api.getCurrentBankIdOrder())?.orderId).to.equal(order.orderId);
    expect((await api.getBankIdQr(order.orderId)).qrData).to.match(/^bankid\.[^.]+\.\d+\.[0-9a-f]{64}$/);
    expect(await api.collectBankIdOrder(order.orderId)).to.deep.equal({ status: 'pending', hintCode: 'outstandingTransaction' });
    expect(await api.cancelBankIdOrder(order.orderId)).to.equal(undefined);
    expect(await api.getCurrentBankIdOrder()).to.equal(null);
    const same = await api.startBankIdOrder({ device: 'same' });
    expect(same.launchUrl).to.match(/autostarttoken=/);
  });

  it('starts an identity provider (F9)', async () => {
    const api = createApiClient({ baseUrl: newSandbox(), tenant: 'nokas' });
    const { redirectUrl } = await api.startIdentityProvider('azure', { returnUrl: 'http://localhost:8000/portal' });
    expect(redirectUrl).to.match(/\/__mock\/idp\/azure\/authorize\?state=/);
    expect((await rejection(api.startIdentityProvider('nope', { returnUrl: 'http://localhost:8000/' }))).code).to.equal('idp_unknown');
  });
});

describe('API client: problems become ApiError', () => {
  it('reads field errors of validation_failed', async () => {
    const error = await rejection(createApiClient({ baseUrl: newSandbox() }).signInWithPassword({ identifier: '', password: '' }));
    expect(error).to.include({ code: 'validation_failed', status: 422 });
    expect(error.fields).to.deep.equal({ identifier: 'required', password: 'required' });
    expect(error.problem?.title).to.be.a('string');
  });

  it('keeps the typed password out of the error', async () => {
    const secret = 'Hemmelig-Passord-123';
    const error = await rejection(createApiClient({ baseUrl: newSandbox() }).signInWithPassword({ identifier: 'anna@example.com', password: secret }));
    expect(error.code).to.equal('invalid_credentials');
    expect(`${error.message} ${error.stack ?? ''} ${JSON.stringify(error)}`).not.to.include(secret);
  });

  it('gives every contract code with its status and Retry-After where the contract has one', async () => {
    const cases: [string, number, number | undefined][] = [
      ['account_locked', 423, 900],
      ['rate_limited', 429, 60],
      ['resend_too_soon', 429, 30],
      ['service_unavailable', 503, 30],
      ['bankid_unavailable', 503, undefined],
      ['internal_error', 500, undefined],
      ['unauthenticated', 401, undefined],
    ];
    for (const [code, status, retryAfterSeconds] of cases) {
      const api = createApiClient({ baseUrl: newSandbox(), fetch: failingFetch(code, (r) => r.method === 'POST') });
      const error = await rejection(api.signInWithPassword({ identifier: 'anna@example.com', password: PASSWORD }));
      expect({ code: error.code, status: error.status, retryAfterSeconds: error.retryAfterSeconds }).to.deep.equal({
        code,
        status,
        retryAfterSeconds,
      });
    }
  });

  it('maps a code it does not know, or a body that is no problem document, to a safe default', async () => {
    const unknown = await rejection(createApiClient({ baseUrl: newSandbox(), fetch: failingFetch('brand_new_code') }).getConfig());
    expect(unknown).to.include({ code: 'internal_error', status: 500 });

    const proxy = (status: number, headers: Record<string, string> = {}) =>
      createApiClient({
        baseUrl: newSandbox(),
        fetch: async () => new Response('<html>Bad gateway</html>', { status, headers: { 'Content-Type': 'text/html', ...headers } }),
      });
    expect((await rejection(proxy(502).signOut())).code).to.equal('internal_error');
    const limited = await rejection(proxy(429, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() }).signOut());
    expect(limited.code).to.equal('rate_limited');
    expect(limited.retryAfterSeconds).to.be.within(118, 120);
  });
});

describe('API client: transport rules', () => {
  it('renews a rejected CSRF token once and repeats the call', async () => {
    let broken = 0;
    const fetch = recordingFetch((request) => {
      if (request.method === 'POST' && broken === 0) {
        broken += 1;
        request.headers.set('X-CSRF-Token', 'stale-token-from-another-session');
      }
    });
    const api = createApiClient({ baseUrl: newSandbox(), fetch });
    expectStep(await api.signInWithPassword({ identifier: 'anna@example.com', password: PASSWORD }), 'signedIn');
    expect(methodsOf(fetch.requests)).to.deep.equal(['GET /session', 'POST /auth/password', 'GET /session', 'POST /auth/password']);
  });

  it('gives up after one renewal when the token is still refused: the session cookie does not come back (cookies_blocked)', async () => {
    const fetch = failingFetch('csrf_invalid', (r) => r.method === 'POST');
    const error = await rejection(createApiClient({ baseUrl: newSandbox(), fetch }).startPasswordReset({ identifier: 'anna@example.com' }));
    expect(error.code).to.equal('cookies_blocked');
    expect(error.status).to.equal(403);
    expect(methodsOf(fetch.requests).filter((m) => m.startsWith('POST'))).to.have.length(2);
  });

  it('retries GETs that failed on the server, never POSTs or DELETEs', async () => {
    const gets = failingFetch('internal_error');
    expect((await rejection(createApiClient({ baseUrl: newSandbox(), fetch: gets }).getConfig())).code).to.equal('internal_error');
    expect(gets.requests).to.have.length(3);

    const posts = failingFetch('internal_error', (r) => r.method !== 'GET');
    await rejection(createApiClient({ baseUrl: newSandbox(), fetch: posts }).startActivation({ email: 'kari@hk.example' }));
    await rejection(createApiClient({ baseUrl: newSandbox(), fetch: posts }).signOut());
    expect(methodsOf(posts.requests).filter((m) => !m.startsWith('GET'))).to.deep.equal(['POST /activation', 'DELETE /session']);
  });

  it('does not retry a rate limit: the user sees its countdown instead', async () => {
    const fetch = failingFetch('rate_limited');
    expect((await rejection(createApiClient({ baseUrl: newSandbox(), fetch }).getSession())).retryAfterSeconds).to.equal(60);
    expect(fetch.requests).to.have.length(1);
  });

  it('reports a dropped connection as network', async () => {
    const post = failingFetch('network', (r) => r.method === 'POST');
    const error = await rejection(createApiClient({ baseUrl: newSandbox(), fetch: post }).signInWithPassword({ identifier: 'a@b.cd', password: 'x' }));
    expect(error).to.include({ code: 'network', status: 0 });
    const offline = createApiClient({ baseUrl: 'http://localhost:1/api' });
    expect((await rejection(offline.getConfig())).code).to.equal('network');
  });

  it('reports an answer that comes too late as timeout', async () => {
    const fetch = recordingFetch((request) => request.headers.set('X-Mock-Delay', '3000'));
    const api = createApiClient({ baseUrl: newSandbox(), fetch, timeoutMs: 300 });
    const error = await rejection(api.signInWithPassword({ identifier: 'anna@example.com', password: PASSWORD }));
    expect(error.code).to.equal('timeout');
  });

  it('abandons a call when its signal aborts', async () => {
    const fetch = recordingFetch((request) => request.headers.set('X-Mock-Delay', '3000'));
    const api: ApiClient = createApiClient({ baseUrl: newSandbox(), fetch });
    const controller = new AbortController();
    const call = api.getConfig({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect((await rejection(call)).code).to.equal('network');
    expect(Date.now() - started).to.be.lessThan(1000);
  });
});
