/*
 * F1 password sign-in (with the SMS second factor), F9 identity providers, F10 signed in
 * and signing out, F11 existing or new customer: driven through the element against
 * the mock, with axe at each step.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Login, PASSWORD, record } from './harness.js';
import { contextOf } from '../support/state.js';

describe('F1 password sign-in', () => {
  it('signs in with e-mail and password and shows the name and "Sign out"', async () => {
    const login = await Login.open({ tenant: 'hk' });
    const signedIn = record(login.el, 'nl-signed-in');
    await login.reach('signIn');
    await login.signIn('anna@example.com', PASSWORD);
    await login.reach('signedIn');
    expect(login.root.querySelector('[part=user]')?.textContent).to.contain('Anna');
    expect(login.button('Sign out')).to.exist;
    expect(signedIn).to.have.length(1);
    expect(signedIn[0]!.user.displayName).to.contain('Anna');
  });

  it('asks for the SMS code as a second factor, and a pasted "123 456" submits itself', async () => {
    const login = await Login.open({ tenant: 'demo' });
    await login.at('welcome');
    await login.signIn('nils@example.com', PASSWORD);
    await login.reach('code');
    expect(login.heading).to.equal('Check your phone');
    const code = await login.lastCode();
    login.paste('Code', `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(login.field('Code').value).to.equal(code);
    await login.reach('signedIn');
  });

  it('says a wrong password in place, announces it, and announces it again the second time', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('anna@example.com', 'wrong-password');
    await login.until((s) => contextOf(s).error?.code === 'invalid_credentials' && !s.hasTag('busy'));
    expect(login.error).to.equal('Your sign-in details are not right. Check them and try again.');
    const first = login.announcement;
    expect(first?.textContent).to.equal('Your sign-in details are not right. Check them and try again.');
    await login.accessible();

    const seq = login.el.actor!.getSnapshot().context.errorSeq;
    login.fill('Password', 'wrong-again').submit();
    // The old error goes as the new try is sent, so it is never read as the answer to it.
    expect(login.el.actor!.getSnapshot().context.error).to.equal(undefined);
    await login.el.updateComplete;
    expect(login.root.querySelector('#nl-error')).to.equal(null);
    await login.until((s) => (contextOf(s).error?.seq ?? 0) > seq && !s.hasTag('busy'));
    const second = login.announcement;
    expect(second?.textContent).to.equal('Your sign-in details are not right. Check them and try again.');
    expect(second).not.to.equal(first);
    expect(login.field('E-mail address').value).to.equal('anna@example.com');
    expect(login.field('Password').value).to.equal('wrong-again');
  });

  it('ties a field error to its input and focuses it', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('not-an-address', PASSWORD);
    await login.until((s) => contextOf(s).error?.code === 'validation_failed');
    const input = login.field('E-mail address');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input.getAttribute('aria-describedby')!;
    // The error names the field the user sees, not a "user name".
    expect(login.root.getElementById(described)?.textContent).to.equal('Enter an e-mail address like name@example.com.');
    expect(login.focused).to.equal(input);
    await login.accessible();
  });

  it('clears the error announcement when the step changes', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    await login.signIn('anna@example.com', 'wrong-password');
    await login.until((s) => contextOf(s).error?.code === 'invalid_credentials' && !s.hasTag('busy'));
    login.press('Forgot your password?');
    await login.reach('forgotPassword');
    expect(login.announcement).to.equal(null);
    expect(login.error).to.equal(undefined);
  });

  it('gives password managers what they look for', async () => {
    const login = await Login.open({ tenant: 'polarkraft' });
    await login.at('welcome');
    login.press('I am a customer');
    await login.at('signIn');
    const form = login.root.querySelector('form')!;
    const identifier = login.field('E-mail address');
    const password = login.field('Password');
    expect(identifier.form).to.equal(form);
    expect(password.form).to.equal(form);
    expect(identifier.autocomplete).to.equal('username');
    expect(identifier.name).to.equal('identifier');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    expect(form.querySelector('button[type=submit]')).to.exist;
    expect(login.field('Remember me on this device').type).to.equal('checkbox');
  });

  it('shows the password on request and hides it again before sending', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    login.fill('E-mail address', 'anna@example.com').fill('Password', PASSWORD);
    const toggle = login.button('Show password');
    toggle.click();
    expect(login.field('Password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    login.submit();
    expect(login.field('Password').type).to.equal('password');
    await login.at('signedIn');
  });
});

describe('F10 signed in, signing out', () => {
  it('finds the session on load, and signs out', async () => {
    const first = await Login.open({ tenant: 'hk' });
    await first.at('signIn');
    await first.signIn('anna@example.com', PASSWORD);
    await first.at('signedIn');

    const again = await Login.open({ tenant: 'hk', base: first.base });
    const signedOut = record(again.el, 'nl-signed-out');
    await again.reach('signedIn');
    again.press('Sign out');
    await again.reach('signIn');
    expect(signedOut).to.have.length(1);
  });
});

describe('F11 existing or new customer', () => {
  it('asks first, and sends new customers to the tenant\'s page', async () => {
    const login = await Login.open({ tenant: 'polarkraft' });
    await login.reach('welcome');
    const navigations = record(login.el, 'nl-navigate');
    login.el.addEventListener('nl-navigate', (event) => event.preventDefault());
    login.press('I want to become a customer');
    await login.until(() => navigations.length > 0);
    expect(navigations[0]!.url).to.equal('https://polarkraft.example/bli-kunde');
  });
});

describe('F9 identity providers', () => {
  it('offers a button per provider and hands the redirect to the page', async () => {
    const login = await Login.open({ tenant: 'nokas' });
    await login.at('signIn');
    const navigations = record(login.el, 'nl-navigate');
    login.el.addEventListener('nl-navigate', (event) => event.preventDefault());
    login.press('Continue with Azure AD');
    await login.until(() => navigations.length > 0);
    expect(navigations[0]!.url).to.contain('/__mock/idp/azure/authorize');
    await login.accessible();
  });

  it('says so when the provider sends the user back with an error', async () => {
    history.replaceState(null, '', `${location.pathname}?nl-idp=error&nl-idp-error=cancelled`);
    const login = await Login.open({ tenant: 'nokas' });
    await login.reach('signIn');
    expect(login.error).to.equal('Signing in with your other account was cancelled.');
    expect(location.search).to.equal('');
  });
});

describe('the element', () => {
  it('keeps its login when moved in the page', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    login.fill('E-mail address', 'anna@example.com');
    const actor = login.el.actor;
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(login.el);
    await Promise.resolve();
    expect(login.el.actor).to.equal(actor);
    expect(login.el.actor!.getSnapshot().status).to.equal('active');
  });

  // Removed for good, the login stops after NordicLogin.detachedLifetime: host-api.test.ts.

  it('exposes the actor read-only', async () => {
    const login = await Login.open({ tenant: 'hk' });
    expect(() => {
      (login.el as unknown as { actor: unknown }).actor = undefined;
    }).to.throw();
  });

  it('starts afresh against another tenant', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    const first = login.el.actor;
    login.el.tenant = 'polarkraft';
    await login.el.updateComplete;
    expect(login.el.actor).not.to.equal(first);
    await login.at('welcome');
  });

  it('fits 320 px without scrolling sideways, and passes axe in the dark theme', async () => {
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const login = await Login.open({ tenant: 'demo' });
    narrow.append(login.el);
    await login.at('welcome');
    login.press('I am a customer');
    await login.at('signIn');
    const frame = login.root.querySelector<HTMLElement>('[part=base]')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    expect(login.el.getBoundingClientRect().width).to.be.at.most(320);
    login.el.theme = 'dark';
    await login.el.updateComplete;
    expect(login.el.getAttribute('theme')).to.equal('dark');
    await login.accessible();
  });

  it('lays config-overrides, set as a property, over the tenant\'s configuration', async () => {
    const login = await Login.open({ tenant: 'hk' });
    await login.at('signIn');
    expect(() => login.field('Remember me on this device')).to.throw();
    login.el.configOverrides = { rememberMe: true };
    await login.el.updateComplete;
    await login.at('signIn');
    expect(login.field('Remember me on this device').type).to.equal('checkbox');
  });
});
