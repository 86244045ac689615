/** The mock's own machinery: sandboxes, outbox, knobs, clock, CORS and the session cookie. */
import { expect } from '@open-wc/testing';
import { Contract, DEMO_PASSWORD, loadContract, MockClient } from './contract.js';
import { MOCK_ORIGIN } from '../support/mock.js';

describe('mock machinery', () => {
  let contract: Contract;
  before(async () => {
    contract = await loadContract();
  });
  const client = async (tenant?: string, base?: string): Promise<MockClient> => new MockClient(contract, base, tenant).start();

  it('sandboxes are isolated: a change in one is not seen in another', async () => {
    const a = await client('hk');
    const step = (await a.call('startActivation', { body: { email: 'kari@hk.example' } })).body;
    await a.call('verifyCode', { params: { flowId: step.flowId }, body: { code: await a.lastCode('kari@hk.example') } });
    await a.call('setPassword', { params: { flowId: step.flowId }, body: { password: 'bare-i-a-1' } });
    const b = await client('hk');
    expect((await b.outbox()).length).to.equal(0);
    const r = await b.call('signInWithPassword', { body: { identifier: 'kari@hk.example', password: 'bare-i-a-1' } });
    expect(r.body.code).to.equal('invalid_credentials');
    await a.advance(3600);
    expect((await b.mock('/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceSeconds":0}' }).then((x) => x.json())).offsetSeconds).to.equal(0);
  });

  it('the outbox lists mails and SMS newest last, filters by recipient, and can be cleared', async () => {
    const c = await client();
    await c.call('startPasswordReset', { body: { identifier: 'anna@example.com' } });
    await c.call('startPasswordReset', { body: { identifier: '+4791234567' } });
    const all = await c.outbox();
    expect(all.map((m) => [m.channel, m.to])).to.deep.equal([
      ['email', 'anna@example.com'],
      ['sms', '+4791234567'],
    ]);
    for (const m of all) {
      expect(m).to.include.keys('id', 'channel', 'to', 'subject', 'text', 'code', 'sentAt');
      expect(m.code).to.match(/^\d{6}$/);
      expect(m.text).to.contain(m.code ?? 'x');
    }
    const filtered = await (await c.mock('/outbox?to=%2B4791234567')).json();
    expect(filtered).to.have.length(1);
    expect((await c.mock('/outbox', { method: 'DELETE' })).status).to.equal(204);
    expect(await c.outbox()).to.deep.equal([]);
  });

  it('X-Mock-Delay and mock-delay hold the answer back', async () => {
    const c = await client();
    let t = performance.now();
    await c.call('getConfig', { headers: { 'X-Mock-Delay': '400' } });
    expect(performance.now() - t).to.be.at.least(380);
    t = performance.now();
    await c.call('getConfig', { query: { 'mock-delay': '300' } });
    expect(performance.now() - t).to.be.at.least(280);
    await c.knobs({ delayMs: 250 });
    t = performance.now();
    await c.call('getConfig');
    expect(performance.now() - t).to.be.at.least(230);
    await c.knobs({ delayMs: 0 });
  });

  it('the slow knob holds back one operation and no other', async () => {
    const c = await client();
    await c.knobs({ slow: { getConfig: 400 } });
    let t = performance.now();
    await c.call('getConfig');
    expect(performance.now() - t).to.be.at.least(380);
    t = performance.now();
    await c.call('getSession');
    expect(performance.now() - t).to.be.below(300);
    await c.knobs({ slow: {} });
    t = performance.now();
    await c.call('getConfig');
    expect(performance.now() - t).to.be.below(300);
    const bad = await c.mock('/knobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"slow":{"getConfig":"soon"}}' });
    expect(bad.status).to.equal(400);
  });

  it('sticky fail knobs answer one operation with a problem until cleared', async () => {
    const c = await client();
    await c.knobs({ fail: { signInWithPassword: 'service_unavailable' } });
    const r = await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } });
    expect([r.status, r.body.code, r.headers.get('retry-after')]).to.deep.equal([503, 'service_unavailable', '30']);
    expect((await c.call('getConfig')).status).to.equal(200);
    const knobs = await (await c.mock('/knobs')).json();
    expect(knobs.fail).to.deep.equal({ signInWithPassword: 'service_unavailable' });
    await c.knobs({ fail: {} });
    expect((await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } })).body.next).to.equal('signedIn');
    const bad = await c.mock('/knobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"delayMs":-1}' });
    expect(bad.status).to.equal(400);
  });

  it('mock-fail=network drops the connection (fetch rejects)', async () => {
    const c = await client();
    let error: unknown;
    try {
      await fetch(c.url('/config', { 'mock-fail': 'network' }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    await c.knobs({ fail: { getConfig: 'network' } });
    await fetch(c.url('/config')).then(
      () => expect.fail('should have failed'),
      (e: unknown) => expect(e).to.be.instanceOf(TypeError),
    );
  });

  it('the clock moves code expiry and cool-downs; reset reseeds the sandbox', async () => {
    const c = await client();
    const step = (await c.call('startPasswordReset', { body: { identifier: 'anna@example.com' } })).body;
    const clock = await (await c.mock('/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceSeconds":20}' })).json();
    expect(clock.offsetSeconds).to.equal(20);
    const tooSoon = await c.call('resendCode', { params: { flowId: step.flowId } });
    expect(Number(tooSoon.headers.get('retry-after'))).to.be.within(9, 10);
    const bad = await c.mock('/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceSeconds":-5}' });
    expect(bad.status).to.equal(400);
    expect((await c.mock('/reset', { method: 'POST' })).status).to.equal(204);
    expect(await c.outbox()).to.deep.equal([]);
  });

  it('a frozen clock moves only when told, and reads on from there when it thaws', async () => {
    const c = await client();
    const clock = async (body: unknown) =>
      (await c.mock('/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
    const frozen = await clock({ frozen: true });
    expect(frozen.frozen).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await clock({})).now, 'real time does not move it').to.equal(frozen.now);
    const moved = await clock({ advanceSeconds: 5 });
    expect(Date.parse(moved.now) - Date.parse(frozen.now)).to.equal(5000);
    const thawed = await clock({ frozen: false });
    expect(thawed.frozen).to.equal(false);
    expect(Date.parse(thawed.now) - Date.parse(moved.now)).to.be.within(0, 200);
    const bad = await c.mock('/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"frozen":"yes"}' });
    expect(bad.status).to.equal(400);
  });

  it('CORS: the Origin is echoed with credentials, Retry-After is exposed, and the preflight is answered', async () => {
    const c = await client();
    const r = await c.call('resendCode', { params: { flowId: 'x' }, headers: { 'X-Mock-Fail': 'resend_too_soon' } });
    // Reading Retry-After at all proves Access-Control-Expose-Headers, and the call proves the preflight.
    expect(r.headers.get('retry-after')).to.equal('30');
    const origin = location.origin;
    expect(origin).not.to.equal(MOCK_ORIGIN);
    // A cross-origin fetch with credentials only succeeds with ACAO = our origin and ACAC = true.
    const cfg = await fetch(c.url('/config'), { credentials: 'include' });
    expect(cfg.ok).to.equal(true);
  });

  it('the session cookie is HttpOnly (not visible to scripts) and scoped to the sandbox', async () => {
    const c = await client();
    await c.call('signInWithPassword', { body: { identifier: 'anna@example.com', password: DEMO_PASSWORD } });
    expect(document.cookie).not.to.contain('nl_session');
    const other = await client();
    expect((await other.call('getSession')).body.authenticated).to.equal(false);
    expect((await c.call('getSession')).body.authenticated).to.equal(true);
  });

  it('unknown paths under the API base are problem documents; the shared /api base works too', async () => {
    const c = await client();
    const r = await fetch(`${c.base}/no/such/thing`);
    expect(r.status).to.equal(404);
    expect(r.headers.get('content-type')).to.equal('application/problem+json');
    expect((await r.json()).code).to.equal('not_found');
    const shared = await fetch(`${MOCK_ORIGIN}/api/config?tenant=hk`);
    expect((await shared.json()).tenant.id).to.equal('hk');
  });

  it('mailed links point at the page that asked, with ?nl-link=', async () => {
    const c = await client('minasidor');
    await c.call('requestPasswordLink', { body: { customerNumber: '445566' } });
    const link = new URL((await c.outbox())[0]?.link ?? '');
    expect(link.origin + link.pathname).to.equal(location.origin + '/');
    expect(link.searchParams.get('nl-link')).to.match(/^[\w-]{20,}$/);
    await c.knobs({ widgetUrl: 'https://portal.example/login?lang=sv' });
    await c.call('requestPasswordLink', { body: { customerNumber: '445566' } });
    const configured = new URL((await c.outbox())[1]?.link ?? '');
    expect(configured.origin + configured.pathname + '?lang=' + configured.searchParams.get('lang')).to.equal('https://portal.example/login?lang=sv');
  });
});
