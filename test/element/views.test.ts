/*
 * How the steps look to a customer (issue #19): the tenant's leading method first, one
 * eye for both new passwords, each error said once, the code step with the address as
 * typed, one "Back" per step, a neutral checklist, and a plain signed-in confirmation.
 */
import { expect } from '@open-wc/testing';
import { Login, PASSWORD } from './harness.js';
import { contextOf } from '../support/state.js';

const texts = (login: Login, selector: string) => [...login.root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? e.getAttribute('aria-label'));

describe('sign-in per portal', () => {
  it('Mina sidor leads with BankID, with password under an "or"; the password form has its Back', async () => {
    const login = await Login.open({ step: 'F1.leading' });
    await login.accessible();
    const methods = texts(login, '[part~=method-button]');
    expect(methods).to.deep.equal(['Mobile BankID', 'Sign in with password']);
    expect(login.root.querySelector('.divider')?.textContent?.trim()).to.equal('or');
    expect(login.root.querySelector('form')).to.equal(null);
    login.press('Sign in with password');
    await login.reach('signIn', 'idle');
    expect(login.focused).to.equal(login.field('Customer number'));
    login.press('Back');
    await login.at('signIn', 'leading');
  });

  it('the everything-on demo: the form first, other methods as buttons, one password link, one "Register"', async () => {
    const login = await Login.open({ step: 'F1.form' });
    await login.accessible();
    const form = login.root.querySelector('form')!;
    const methods = login.root.querySelector('.methods')!;
    expect(form.compareDocumentPosition(methods) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(texts(login, '.methods button')).to.include('Mobile BankID');
    expect(texts(login, '.entries button')).to.deep.equal(['Forgot your password?', 'Forgot your customer number or PIN?', 'Register']);
    login.press('Register');
    await login.reach('register');
    expect(texts(login, '[part~=flow-button]')).to.deep.equal([
      'Activate your account',
      'Create your user',
      'Register with your mobile number',
      'Register with customer number and PIN',
      'Register your e-mail address',
      'Create your password',
      'I am not a customer yet',
    ]);
    login.press('Register with your mobile number');
    await login.reach('mobileRegistration');
  });
});

describe('the password fields', () => {
  it('one eye inside the field shows and hides both new passwords', async () => {
    const login = await Login.open({ step: 'F2.setPassword' });
    const eyes = login.root.querySelectorAll('[part~=reveal-button]');
    expect(eyes).to.have.length(1);
    const eye = login.button('Show passwords');
    expect(eye.closest('.control')?.querySelector('input')).to.equal(login.field('New password'));
    expect(eye.getAttribute('aria-controls')).to.equal('nl-password nl-confirm');
    eye.click();
    expect(eye.getAttribute('aria-pressed')).to.equal('true');
    expect(login.field('New password').type).to.equal('text');
    expect(login.field('Repeat the password').type).to.equal('text');
    eye.click();
    expect(eye.getAttribute('aria-pressed')).to.equal('false');
    expect(login.field('Repeat the password').type).to.equal('password');
  });

  it('the checklist is under the input and neutral before typing; the maximum shows only near it', async () => {
    const login = await Login.open({ step: 'F2.setPassword' });
    const input = login.field('New password');
    const list = login.root.querySelector('.checklist')!;
    expect(input.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(input.getAttribute('aria-describedby')).to.contain('nl-password-below');
    expect(list.getAttribute('data-typed')).to.equal('false');
    expect(getComputedStyle(list.querySelector('li .unmet')!).display).to.equal('none');
    const max = list.querySelector<HTMLElement>('[data-rule=maxLength]')!;
    expect(max.hidden).to.equal(true);
    login.fill('New password', 'a');
    expect(list.getAttribute('data-typed')).to.equal('true');
    expect(max.hidden).to.equal(true);
    login.fill('New password', 'a'.repeat(input.maxLength - 5));
    expect(max.hidden).to.equal(false);
  });

  it('a mismatch is said once, under the repeated password, with no banner above', async () => {
    const login = await Login.open({ step: 'F2.setPassword' });
    login.fill('New password', 'Vinter-Natt-2027?').fill('Repeat the password', 'Vinter-Natt-2027!').submit();
    await login.until((s) => contextOf(s).error?.code === 'validation_failed');
    expect(login.error).to.equal(undefined);
    const said = login.root.textContent!.match(/not the same/g) ?? [];
    expect(said).to.have.length(1);
    expect(login.focused).to.equal(login.field('Repeat the password'));
    await login.accessible();
  });
});

describe('errors', () => {
  it('a step error is a panel with a mark; field errors have no banner', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('not-an-address', PASSWORD);
    await login.until((s) => contextOf(s).error?.code === 'validation_failed');
    expect(login.error).to.equal(undefined);
    await login.signIn('anna@example.com', 'wrong-password');
    await login.until((s) => contextOf(s).error?.code === 'invalid_credentials' && !s.hasTag('busy'));
    const panel = login.root.querySelector('#nl-error')!;
    expect(panel.querySelector('svg[aria-hidden=true]')).to.exist;
    expect(getComputedStyle(panel).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});

describe('the code step', () => {
  it('shows the address as typed, "Change" goes back to it, and says who to contact if no code comes', async () => {
    const login = await Login.open({ step: 'F2.code' });
    await login.accessible();
    expect(login.root.querySelector('#nl-sent-to')?.textContent).to.contain('kari@hk.example');
    expect(login.root.querySelector('.no-code')?.textContent).to.contain('customer service');
    expect(login.has('Send a new code')).to.equal(true);
    expect(login.button('Send a new code').classList.contains('link')).to.equal(true);
    expect(texts(login, '[part~=back-button]')).to.deep.equal(['Back']);
    login.press('Change');
    await login.reach('activation');
    expect(login.field('E-mail address').value).to.equal('kari@hk.example');
  });
});

describe('signed in', () => {
  it('says it once, offers "Sign out", and the heading has no focus ring', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('anna@example.com', PASSWORD);
    await login.reach('signedIn');
    expect(login.heading).to.equal('You are signed in');
    expect(login.root.textContent).to.not.contain('Signed in as');
    expect(login.has('Sign out')).to.equal(true);
    const heading = login.root.querySelector<HTMLElement>('#nl-heading')!;
    heading.focus();
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
  });
});
