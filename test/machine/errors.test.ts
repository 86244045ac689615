/*
 * Every problem code of the contract, and the client's own network and timeout, driven
 * through the machine against the mock: where it shows, what the context says, and the
 * way on. Real causes where the mock has them quickly (wrong codes, seeded links, the
 * mock clock); the mock's fail knob for the rest. (BankID's two codes: bankid.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { recordingFetch } from '../api/mock-backend.js';
import { mock, newSandbox } from '../support/mock.js';
import { NEW_PASSWORD, openLogin, PASSWORD, startLogin, type Login } from './harness.js';
import { statePath, contextOf } from '../support/state.js';

const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

const signInAs = (login: Login, identifier: string, password = PASSWORD) =>
  login.send({ type: 'signIn.submit', identifier, password, rememberMe: false });

/** The code anna@example.com is sent to reset her password at HK Norge. */
const atCode = () => openLogin('F12.code', { tenant: 'hk' });

const wrongCode = async (base: string) => ((await mock.lastCode(base)) === '000000' ? '111111' : '000000');

function expectAnnounced(login: Login, code: string) {
  expect(login.emitted).to.deep.include({ type: 'error', code });
  const { error } = login.actor.getSnapshot().context;
  expect(error?.code).to.equal(code);
  expect(error?.seq).to.be.greaterThan(0);
}

describe('Problems on the sign-in form', () => {
  // csrf_invalid every time: the client renews the token once, and a second refusal is cookies_blocked.
  const shownAs = (code: string) => (code === 'csrf_invalid' ? 'cookies_blocked' : code);
  for (const code of ['validation_failed', 'csrf_invalid', 'service_unavailable', 'internal_error', 'unauthenticated'] as const) {
    it(`${code}: shown on the form (as ${shownAs(code)}), which keeps the identifier; sending again works`, async () => {
      const login = await openLogin('F1.form', { tenant: 'hk', knobs: { fail: { signInWithPassword: code } } });
      const { base } = login;
      signInAs(login, 'anna@example.com');
      const s = await login.error(shownAs(code), 'signIn');
      expect(statePath(s)).to.equal(code === 'service_unavailable' ? 'signIn.blocked' : 'signIn.idle');
      expect(contextOf(s).fields.identifier).to.equal('anna@example.com');
      expectAnnounced(login, shownAs(code));
      await mock.knobs(base, { fail: {} });
      if (code === 'service_unavailable') {
        // With Retry-After (30 s) the form counts down first; the rate-limit test below follows that through.
        expect(Math.round(((contextOf(s).error?.retryAt ?? 0) - Date.now()) / 1000)).to.equal(30);
        login.stop();
        return;
      }
      signInAs(login, 'anna@example.com');
      await login.at('signedIn');
      login.stop();
    });
  }

  it('invalid_credentials: a wrong password', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk' });
    signInAs(login, 'anna@example.com', 'Vinter-2026!');
    await login.error('invalid_credentials', 'signIn');
    expectAnnounced(login, 'invalid_credentials');
    login.stop();
  });

  it('account_locked by staff: no countdown, the form stays usable', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk' });
    signInAs(login, 'locked@example.com');
    const s = await login.error('account_locked', 'signIn');
    expect(statePath(s)).to.equal('signIn.idle');
    expect(contextOf(s).error?.retryAt).to.equal(undefined);
    login.stop();
  });

  it('account_locked for a while after five wrong passwords: submit is blocked until Retry-After', async () => {
    const fetch = recordingFetch();
    const login = await openLogin('F1.form', { tenant: 'hk', fetch });
    for (let attempt = 1; attempt < 5; attempt += 1) {
      signInAs(login, 'anna@example.com', `Wrong-${attempt}`);
      await login.at('signIn', { when: (s) => contextOf(s).errorSeq === attempt });
    }
    signInAs(login, 'anna@example.com', 'Wrong-5');
    const s = await login.error('account_locked', 'signIn');
    expect(statePath(s)).to.equal('signIn.blocked');
    expect((contextOf(s).error?.retryAt ?? 0) - Date.now()).to.be.within(890_000, 900_000);
    const sent = fetch.requests.length;
    signInAs(login, 'anna@example.com');
    await pause();
    expect(fetch.requests.length).to.equal(sent);
    login.send({ type: 'flow.start', flow: 'forgotPassword' });
    await login.at('forgotPassword');
    login.stop();
  });

  it('network: the connection dropped; nothing typed is lost', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk', knobs: { fail: { signInWithPassword: 'network' } } });
    signInAs(login, 'anna@example.com');
    const s = await login.error('network', 'signIn');
    expect(contextOf(s).fields.identifier).to.equal('anna@example.com');
    expectAnnounced(login, 'network');
    login.stop();
  });

  it('timeout: no answer in time', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk', timeoutMs: 300 });
    await mock.knobs(login.base, { delayMs: 2000 });
    signInAs(login, 'anna@example.com');
    await login.at('signIn.submitting', { busy: true });
    await login.error('timeout', 'signIn');
    expectAnnounced(login, 'timeout');
    login.stop();
  });

  it('rate_limited: the form counts down and takes no submit meanwhile', async () => {
    const login = await openLogin('F12.form', { tenant: 'hk', knobs: { fail: { startPasswordReset: 'rate_limited' } } });
    login.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    const s = await login.error('rate_limited', 'forgotPassword');
    expect(statePath(s)).to.equal('forgotPassword.blocked');
    expect(Math.ceil(((contextOf(s).error?.retryAt ?? 0) - contextOf(s).now) / 1000)).to.equal(60);
    // A flow's context is read through its live actor: the clock is taken as a number.
    const blockedAt = contextOf(s).now;
    const ticked = await login.at('forgotPassword', { when: (x) => contextOf(x).now > blockedAt, timeoutMs: 2500 });
    expect(Math.ceil(((contextOf(ticked).error?.retryAt ?? 0) - contextOf(ticked).now) / 1000)).to.be.lessThan(60);
    login.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    expect(statePath(login.actor.getSnapshot())).to.equal('forgotPassword.blocked');
    login.stop();
  });
});

describe('Problems with one-time codes', () => {
  it('code_invalid: attempts count down on screen', async () => {
    const login = await atCode();
    const { base } = login;
    login.send({ type: 'code.submit', code: await wrongCode(base) });
    const s = await login.error('code_invalid', 'code');
    expect(statePath(s)).to.equal('code.idle');
    expect(contextOf(s).error?.attemptsLeft).to.equal(4);
    expect(contextOf(s).challenge?.attemptsLeft).to.equal(4);
    login.send({ type: 'code.submit', code: '12' });
    expect(contextOf(await login.at('code', { when: (x) => contextOf(x).error?.code === 'validation_failed' })).error?.fields).to.deep.equal({
      code: 'length',
    });
    login.stop();
  });

  it('code_attempts_exceeded: input locked until a new code comes', async () => {
    const login = await atCode();
    const { base } = login;
    const wrong = await wrongCode(base);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      login.send({ type: 'code.submit', code: wrong });
      await login.at('code', { when: (s) => contextOf(s).errorSeq === attempt });
    }
    const locked = login.actor.getSnapshot();
    expect(statePath(locked)).to.equal('code.locked');
    expect(contextOf(locked).error?.code).to.equal('code_attempts_exceeded');
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    expect(statePath(login.actor.getSnapshot())).to.equal('code.locked');
    await mock.clock(base, 31);
    login.send({ type: 'code.resend' });
    await login.at('code.idle', { when: (s) => contextOf(s).challenge?.attemptsLeft === 5 });
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    await login.at('setPassword');
    login.stop();
  });

  it('code_expired: a new code is the way on', async () => {
    const login = await atCode();
    const { base } = login;
    await mock.clock(base, 601);
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    const s = await login.error('code_expired', 'code');
    expect(statePath(s)).to.equal('code.expired');
    login.send({ type: 'code.resend' });
    await login.at('code.idle', { when: (x) => contextOf(x).error === undefined });
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    await login.at('setPassword');
    login.stop();
  });

  it('resend_too_soon: the countdown takes the server\'s Retry-After', async () => {
    const login = await atCode();
    const { base } = login;
    await mock.knobs(base, { fail: { resendCode: 'resend_too_soon' } });
    login.send({ type: 'code.resend' });
    const s = await login.error('resend_too_soon', 'code');
    expect(statePath(s)).to.equal('code.idle');
    expect(Math.round(((contextOf(s).resendAt ?? 0) - Date.now()) / 1000)).to.equal(30);
    login.stop();
  });

  it('flow_expired: the flow is gone; starting it again is the way on', async () => {
    const login = await atCode();
    const { base } = login;
    await mock.clock(base, 31 * 60);
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    const s = await login.error('flow_expired', 'code');
    expect(statePath(s)).to.equal('code.ended');
    login.send({ type: 'flow.start', flow: 'forgotPassword' });
    await login.at('forgotPassword');
    login.stop();
  });

  it('not_found: an unknown flow ends the same way', async () => {
    const login = await atCode();
    const { base } = login;
    await mock.knobs(base, { fail: { verifyCode: 'not_found' } });
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    expect(statePath(await login.error('not_found', 'code'))).to.equal('code.ended');
    login.send({ type: 'back' });
    await login.at('forgotPassword');
    login.stop();
  });
});

describe('Problems with passwords, registrations and links', () => {
  it('password_policy from the server (its policy is stricter than the one configured here)', async () => {
    const login = await openLogin('F12.setPassword', {
      tenant: 'hk',
      configOverrides: { passwordPolicy: { minLength: 4, maxLength: 128, requireLowercase: false, requireUppercase: false, requireDigit: false, requireSymbol: false } },
    });
    login.send({ type: 'password.submit', password: 'abcdef', confirm: 'abcdef' });
    const s = await login.error('password_policy', 'setPassword');
    expect(statePath(s)).to.equal('setPassword.idle');
    expect(contextOf(s).error?.violations).to.have.members(['minLength', 'requireDigit']);
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    await login.at('signedIn');
    login.stop();
  });

  it('unauthenticated while setting a password: the flow ends', async () => {
    const login = await openLogin('F12.setPassword', { tenant: 'hk' });
    await mock.knobs(login.base, { fail: { setPassword: 'unauthenticated' } });
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(statePath(await login.error('unauthenticated', 'setPassword'))).to.equal('setPassword.ended');
    login.send({ type: 'back' });
    await login.at('forgotPassword');
    login.stop();
  });

  it('invalid_customer_credentials: wrong PIN', async () => {
    const login = await openLogin('F5.form');
    login.send({
      type: 'customerNumberRegistration.submit',
      customerNumber: '100200',
      pin: '9999',
      email: 'per@example.com',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    const s = await login.error('invalid_customer_credentials', 'customerNumberRegistration');
    expect(contextOf(s).fields).to.include({ customerNumber: '100200', email: 'per@example.com' });
    login.stop();
  });

  for (const [token, code] of [
    ['demo-used-link', 'link_invalid'],
    ['demo-expired-link', 'link_expired'],
  ] as const) {
    it(`${code}: the link landing says so; sign in or ask for a new link`, async () => {
      const login = startLogin({ baseUrl: newSandbox(), tenant: 'minasidor', search: `?nl-link=${token}` });
      const s = await login.error(code, 'linkFailed');
      expect(statePath(s)).to.equal('linkFailed');
      login.send({ type: 'flow.start', flow: 'passwordLink' });
      await login.at('passwordLink');
      login.stop();
    });
  }
});

describe('Problems at start, with identity providers and signing out', () => {
  it('service_unavailable at start: the unavailable screen; retry waits out Retry-After, then loads again', async () => {
    const fetch = recordingFetch((request) => request.headers.set('X-Mock-Retry-After', '1'));
    const login = await openLogin('F10.unavailable', { tenant: 'hk', fetch });
    await login.error('service_unavailable', 'unavailable');
    await mock.knobs(login.base, { fail: {} });
    login.send({ type: 'retry' });
    expect(statePath(login.actor.getSnapshot()), 'inside the Retry-After').to.equal('unavailable');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    login.send({ type: 'retry' });
    const s = await login.at('signIn');
    expect(contextOf(s).error).to.equal(undefined);
    login.stop();
  });

  for (const code of ['idp_unknown', 'idp_failed'] as const) {
    it(`${code}: back on the sign-in form`, async () => {
      const login = await openLogin('F1.form', { tenant: 'nokas', knobs: { fail: { startIdentityProvider: code } } });
      login.send({ type: 'idp.start', providerId: 'azure' });
      expect(statePath(await login.error(code, 'signIn'))).to.equal('signIn.idle');
      expect(login.emitted.some((e) => e.type === 'navigate')).to.equal(false);
      login.stop();
    });
  }

  it('internal_error while signing out: still signed in, and signing out again works', async () => {
    const login = await openLogin('F1.signedIn', { tenant: 'hk' });
    const { base } = login;
    await mock.knobs(base, { fail: { signOut: 'internal_error' } });
    login.send({ type: 'signOut' });
    expect(statePath(await login.error('internal_error', 'signedIn'))).to.equal('signedIn');
    await mock.knobs(base, { fail: {} });
    login.send({ type: 'signOut' });
    await login.at('signIn');
    expect(login.emitted.map((e) => e.type)).to.deep.equal(['signedIn', 'error', 'signedOut']);
    login.stop();
  });
});
