/*
 * What a hostile or clumsy user may type or open: full-width digits in the PIN (as in
 * every numeric field), a password longer than the policy allows, a link token of ten
 * thousand characters.
 */
import { expect } from '@open-wc/testing';
import { land } from '../support/steps.js';
import { Login, NEW_PASSWORD } from './harness.js';

describe('hostile input', () => {
  it('the PIN takes full-width digits like every numeric field', async () => {
    const login = await Login.open({ step: 'F5.form' });
    login
      .fill('Customer number', '100200')
      .fill('PIN', '４３２１')
      .fill('E-mail address (your user name)', 'per@example.no')
      .fill('New password', NEW_PASSWORD)
      .fill('Repeat the password', NEW_PASSWORD)
      .submit();
    await login.reach('checkInbox');
  });

  it("password inputs stop at the policy's maximum length", async () => {
    const login = await Login.open({ step: 'F1.form' });
    const max = login.el.actor!.getSnapshot().context.config!.passwordPolicy.maxLength;
    expect(login.field('Password').maxLength).to.equal(max);
    login.press('Forgot your password?');
    await login.at('forgotPassword');
    login.fill('E-mail address', 'anna@example.com').submit();
    await login.enterCode();
    await login.at('setPassword');
    expect(login.field('New password').maxLength).to.equal(max);
    expect(login.field('Repeat the password').maxLength).to.equal(max);
  });

  it('a link token of 10,000 characters is a link that does not work, not a form to correct', async () => {
    land({ 'nl-link': 'A'.repeat(10_000) });
    const login = await Login.open({ tenant: 'minasidor' });
    await login.reach('linkFailed');
    expect(login.error).to.equal('This link has already been used or is not valid.');
  });
});
