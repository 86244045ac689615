/*
 * What the page asks of the widget through the element: a first step of its choosing,
 * a prefilled identifier, reset(), and its own sign-out (with or without ending the
 * session on the server), against the mock backend over HTTP.
 */
import { expect } from '@open-wc/testing';
import { recordingFetch } from '../api/mock-backend.js';
import { newSandbox } from '../support/mock.js';
import { until } from '../support/mock.js';
import { prepare } from '../support/steps.js';
import { openLogin, PASSWORD, startLogin } from './harness.js';
import { statePath } from '../support/state.js';

const deletes = (fetch: { requests: Request[] }) =>
  fetch.requests.filter((r) => r.method === 'DELETE' && new URL(r.url).pathname.endsWith('/session'));

describe('a first step chosen by the page', () => {
  it('opens activation at once, past the "existing or new customer" question', async () => {
    const login = startLogin({ baseUrl: newSandbox(), tenant: 'demo', start: 'activation' });
    const s = await login.at('activation');
    expect(s.context.flow).to.equal('activation');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.stop();
  });

  it('opens BankID where the tenant offers it', async () => {
    const login = startLogin({ baseUrl: newSandbox(), tenant: 'demo', start: 'bankid' });
    await login.at('bankid');
    login.stop();
  });

  it('begins as usual when the tenant does not offer the step', async () => {
    const login = await openLogin('start', { tenant: 'hk', start: 'mobileRegistration' });
    expect(login.step).to.be.oneOf(['signIn', 'welcome']);
    expect(login.snapshot.context.config?.flows.mobileRegistration).to.not.equal(true);
    login.stop();
  });
});

describe('a prefilled identifier', () => {
  it('is in the sign-in form, and reset goes back to it with nothing else typed', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk', identifier: 'anna@example.com' });
    let s = login.snapshot;
    expect(s.context.fields.identifier).to.equal('anna@example.com');
    login.send({ type: 'signIn.submit', identifier: 'nils@example.com', password: 'wrong-password', rememberMe: false });
    s = await login.error('invalid_credentials', 'signIn');
    expect(s.context.fields.identifier).to.equal('nils@example.com');
    login.send({ type: 'reset' });
    s = await login.at('signIn', { when: (snap) => snap.context.error === undefined });
    expect(s.context.fields).to.deep.equal({ identifier: 'anna@example.com' });
    login.stop();
  });
});

describe("the page's own sign-out", () => {
  it('shows the first step at once and ends the session on the server in the background', async () => {
    const fetch = recordingFetch();
    const login = await openLogin('F1.signedIn', { tenant: 'hk', fetch });
    login.send({ type: 'host.signOut', endSession: true });
    // No waiting for the network: the very next snapshot is signed out.
    const s = login.actor.getSnapshot();
    expect(statePath(s)).to.equal('signIn.idle');
    expect(s.context.user).to.equal(undefined);
    expect(login.emitted.map((e) => e.type)).to.deep.equal(['signedIn', 'signedOut']);
    await until(() => deletes(fetch).length === 1);
    login.stop();
  });

  it('returns to sign-in, not to the "existing or new customer" question, where the tenant asks it', async () => {
    const login = await openLogin('F11.welcome');
    login.send({ type: 'customer.existing' });
    await login.at('signIn');
    login.send({ type: 'signIn.submit', identifier: 'ingrid@polarkraft.example', password: PASSWORD, rememberMe: false });
    await login.at('signedIn');
    login.send({ type: 'host.signOut', endSession: false });
    expect(statePath(login.actor.getSnapshot())).to.equal('signIn.idle');
    login.stop();
  });

  it('calls nothing when the page has ended the session itself', async () => {
    const fetch = recordingFetch();
    const login = await openLogin('F1.signedIn', { tenant: 'hk', fetch });
    login.send({ type: 'host.signOut', endSession: false });
    expect(statePath(login.actor.getSnapshot())).to.equal('signIn.idle');
    expect(deletes(fetch)).to.have.length(0);
    login.stop();
  });

  it('before the widget has loaded: ends the session first, then loads (and is not signed in)', async () => {
    const fetch = recordingFetch();
    const base = newSandbox();
    await prepare('F10.signedInOnArrival', base, 'hk');
    const login = startLogin({ baseUrl: base, tenant: 'hk', fetch });
    login.send({ type: 'host.signOut', endSession: true });
    expect(statePath(login.actor.getSnapshot())).to.equal('endingSession');
    await login.at('', { when: (snap) => !['loading', 'endingSession'].includes(statePath(snap)) });
    await login.at('signIn');
    expect(deletes(fetch)).to.have.length(1);
    expect(login.emitted.map((e) => e.type)).to.not.include('signedIn');
    login.stop();
  });
});
