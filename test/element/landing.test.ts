/*
 * What the address brings (a mailed link, an identity provider's return) is read once
 * and taken out of the address bar, and lands however the start goes: after a failed
 * first load and "Try again", and after the page changes the tenant or the API.
 */
import { expect } from '@open-wc/testing';
import { Login, mock } from './harness.js';
import { newSandbox } from '../support/mock.js';
import { land } from '../support/steps.js';

/** The page as a mailed F7b link opens it (the mock's fixed token for Eva Lund on Mina sidor). */
function arriveByLink(): void {
  land({ 'nl-link': 'demo-password-link' });
}

describe('a mailed link', () => {
  it('survives a failed first load: "Try again" opens it', async () => {
    const base = newSandbox();
    await mock.knobs(base, { fail: { getConfig: 'internal_error' } });
    const address = location.search;
    arriveByLink();
    const login = await Login.open({ tenant: 'minasidor', base });
    expect(location.search, 'the token leaves the address bar').to.equal(address);
    await login.reach('unavailable');
    await mock.knobs(base, { fail: {} });
    login.press('Try again');
    await login.reach('setPassword');
  });

  it('survives the page changing the tenant and the API after the element started', async () => {
    arriveByLink();
    const login = await Login.open({ tenant: 'demo' });
    login.el.tenant = 'minasidor';
    login.el.apiBase = newSandbox();
    await login.el.updateComplete;
    await login.reach('setPassword');
  });

  it('is used once: a restart after it was opened starts at sign-in', async () => {
    arriveByLink();
    const login = await Login.open({ tenant: 'minasidor' });
    await login.reach('setPassword');
    login.el.apiBase = newSandbox();
    await login.el.updateComplete;
    await login.reach('signIn');
  });
});
