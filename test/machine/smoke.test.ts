import { expect } from '@open-wc/testing';
import { describe, it } from './mocha.js';
import { mock, newSandbox } from '../api/mock-backend.js';
import { NEW_PASSWORD, PASSWORD, startLogin } from './harness.js';

describe('smoke', () => {
  it('F1 sign-in', async () => {
    const login = startLogin({ baseUrl: newSandbox(), tenant: 'hk' });
    await login.at('signIn');
    login.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
    const s = await login.at('signedIn');
    expect(s.context.user?.displayName).to.equal('Anna Andersen');
    expect(login.emitted.map((e) => e.type)).to.deep.equal(['signedIn']);
    login.send({ type: 'signOut' });
    await login.at('signIn');
    login.stop();
  });

  it('F12', async () => {
    const base = newSandbox();
    const login = startLogin({ baseUrl: base, tenant: 'hk' });
    await login.at('signIn');
    login.send({ type: 'flow.start', flow: 'forgotPassword' });
    await login.at('forgotPassword');
    login.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    await login.at('code');
    login.send({ type: 'code.submit', code: await mock.lastCode(base) });
    await login.at('setPassword');
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    await login.at('signedIn');
    login.stop();
  });
});
