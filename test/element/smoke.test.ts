import { expect } from '@open-wc/testing';
import { describe, it } from './mocha.js';
import { Login, PASSWORD } from './harness.js';

describe('smoke', () => {
  it('signs anna in', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('anna@example.com', PASSWORD);
    await login.at('signedIn');
    expect(login.heading).to.equal('You are signed in');
  });
});
