/*
 * The registration and recovery flows F2–F7 and F12, each driven through the element
 * against the mock, reading codes and links from its outbox, with axe at every step
 * and focus checked where each new step starts.
 */
import { expect } from '@open-wc/testing';
import type { Screen } from '../../src/shell/login.machine.js';
import { stepOf, contextOf } from '../support/state.js';
import { land, openMailedLink } from '../support/steps.js';
import { Login, NEW_PASSWORD } from './harness.js';

/** From the sign-in form to a flow's form, by its link. */
async function startFlow(tenant: string, link: string, step: Screen): Promise<Login> {
  const login = await Login.open({ tenant, step: 'F1.form' });
  await login.openFlow(link);
  await login.reach(step);
  // A new step starts in its first field.
  expect(login.focused?.tagName).to.equal('INPUT');
  return login;
}

async function choosePassword(login: Login): Promise<void> {
  await login.reach('setPassword');
  expect(login.focused).to.equal(login.field('New password'));
  login.fill('New password', NEW_PASSWORD).fill('Repeat the password', NEW_PASSWORD).submit();
}

/** Opens the widget again on the page a mailed link leads to. */
async function followLink(base: string, tenant: string): Promise<Login> {
  const address = location.search;
  await openMailedLink(base);
  const login = await Login.open({ tenant, base });
  expect(location.search, 'the token leaves the address bar').to.equal(address);
  return login;
}

describe('F2 activation', () => {
  it('e-mail, code, new password, signed in', async () => {
    const login = await startFlow('hk', 'Activate your account', 'activation');
    login.fill('E-mail address', 'kari@hk.example').submit();
    await login.enterCode('kari@hk.example');
    await choosePassword(login);
    await login.reach('signedIn');
  });
});

describe('F3 verify and create, then the SMS second factor', () => {
  it('e-mail code, password, phone with the country picker, SMS code, signed in', async () => {
    const login = await startFlow('nokas', 'Create your user', 'verifyAndCreate');
    login.fill('E-mail address', 'ny@nokas.example').submit();
    await login.enterCode('ny@nokas.example');
    await choosePassword(login);
    await login.reach('enrolPhone');
    const country = login.field('Country code') as unknown as HTMLSelectElement;
    expect(country.value, 'the tenant default is preselected').to.equal('+45');
    expect([...country.options].map((o) => o.textContent)).to.include('Denmark (+45)');
    expect(login.field('Mobile number').autocomplete).to.equal('tel-national');
    login.fill('Mobile number', '20 12 34 56').submit();
    await login.reach('code');
    expect(login.heading).to.equal('Check your phone');
    login.fill('Code', await login.lastCode());
    await login.reach('signedIn');
  });
});

describe('F4 registration with mobile number and birth date', () => {
  it('SMS code, password, signed in', async () => {
    const login = await startFlow('polarkraft', 'Register with your mobile number', 'mobileRegistration');
    // Written as the page's language writes a date (English: DD/MM/YYYY); sent as 1985-04-12.
    expect(login.field('Date of birth').type).to.equal('text');
    expect(login.field('Date of birth').autocomplete).to.equal('bday');
    login.choose('Country code', '+47').fill('Mobile number', '98765432').fill('Date of birth', '12/04/1985').submit();
    await login.enterCode();
    await choosePassword(login);
    await login.reach('signedIn');
  });

  it('sends an unknown number to customer service, with the contact details', async () => {
    const login = await startFlow('polarkraft', 'Register with your mobile number', 'mobileRegistration');
    login.choose('Country code', '+47').fill('Mobile number', '98765400').fill('Date of birth', '1985-04-12').submit();
    await login.reach('contactSupport');
    expect(login.root.querySelector('a[href^="tel:"]')?.textContent).to.equal('+47 22 00 00 02');
    expect(login.focused).to.equal(login.root.querySelector('#nl-heading'));
  });
});

describe('F5 registration with customer number and PIN', () => {
  it('check your inbox; the mailed link signs in', async () => {
    const login = await startFlow('polarkraft', 'Register with customer number and PIN', 'customerNumberRegistration');
    login
      .fill('Customer number', '100200')
      .fill('PIN', '4321')
      .fill('E-mail address (your user name)', 'per@example.no')
      .fill('New password', NEW_PASSWORD)
      .fill('Repeat the password', NEW_PASSWORD)
      .submit();
    await login.reach('checkInbox');
    expect(login.focused).to.equal(login.root.querySelector('#nl-heading'));
    const landing = await followLink(login.base, 'polarkraft');
    await landing.reach('signedIn');
  });

  it('says a wrong PIN without losing what was typed (except the PIN)', async () => {
    const login = await startFlow('polarkraft', 'Register with customer number and PIN', 'customerNumberRegistration');
    login
      .fill('Customer number', '100200')
      .fill('PIN', '9999')
      .fill('E-mail address (your user name)', 'per@example.no')
      .fill('New password', NEW_PASSWORD)
      .fill('Repeat the password', NEW_PASSWORD)
      .submit();
    await login.until((s) => contextOf(s).error?.code === 'invalid_customer_credentials' && !s.hasTag('busy'));
    expect(login.error).to.equal('The customer number or PIN is not right.');
    expect(login.field('Customer number').value).to.equal('100200');
    await login.accessible();
  });
});

describe('F6 forgot customer number or PIN', () => {
  it('by e-mail: "sent, if we know you"', async () => {
    const login = await startFlow('polarkraft', 'Forgot your customer number or PIN?', 'forgotCustomerNumber');
    login.fill('E-mail address', 'ingrid@polarkraft.example').submit();
    await login.reach('checkInbox');
    expect(login.heading).to.equal('Check your inbox');
    // This flow mails the details themselves, not a link.
    expect(login.root.textContent).to.contain('an e-mail with your customer number and PIN');
    expect(login.root.textContent).not.to.contain('Open the link');
  });

  it('by SMS: no spam folder to look in', async () => {
    const login = await startFlow('polarkraft', 'Forgot your customer number or PIN?', 'forgotCustomerNumber');
    login.fill('Mobile number', '98765432');
    login.root.querySelector<HTMLInputElement>('input[name=channel][value=sms]')!.click();
    login.submit();
    await login.reach('checkInbox');
    expect(login.heading).to.equal('Check your phone');
    expect(login.root.textContent).to.contain('a text message with your customer number and PIN');
    expect(login.root.textContent).not.to.contain('spam');
  });
});

describe('F7 first time with customer number', () => {
  it('(a) registers an e-mail; the confirmation link leads to choosing a password', async () => {
    const login = await startFlow('minasidor', 'Register your e-mail address', 'emailRegistration');
    login.fill('Customer number', '556677').fill('Swedish personal identity number', '19800101-1231').fill('E-mail address', 'sven@example.se').submit();
    await login.reach('checkInbox');
    const landing = await followLink(login.base, 'minasidor');
    await landing.reach('setPassword');
    landing.fill('New password', NEW_PASSWORD).fill('Repeat the password', NEW_PASSWORD).submit();
    await landing.until((s) => ['signedIn', 'checkInbox'].includes(stepOf(s)) && !s.hasTag('busy'));
  });

  it('(a) an already registered e-mail goes to customer service', async () => {
    const login = await startFlow('minasidor', 'Register your e-mail address', 'emailRegistration');
    login.fill('Customer number', '445566').fill('Swedish personal identity number', '19750505-5553').fill('E-mail address', 'eva@example.se').submit();
    await login.reach('contactSupport');
    expect(login.root.textContent).to.contain('customer service');
  });

  it('(b) asks for a password link; the link opens "choose password" with the user name for password managers', async () => {
    const login = await startFlow('minasidor', 'Create your password', 'passwordLink');
    login.fill('Customer number', '445566').submit();
    await login.reach('checkInbox');
    const landing = await followLink(login.base, 'minasidor');
    await landing.reach('setPassword');
    const fields = [...landing.root.querySelectorAll<HTMLInputElement>('form input')];
    expect(fields.filter((f) => f.autocomplete === 'new-password')).to.have.length(2);
    landing.fill('New password', NEW_PASSWORD).fill('Repeat the password', NEW_PASSWORD).submit();
    await landing.reach('signedIn');
  });

  it('says when a link is used up, and offers a new one', async () => {
    land({ 'nl-link': 'demo-used-link' });
    const login = await Login.open({ tenant: 'minasidor' });
    await login.reach('linkFailed');
    expect(login.error).to.equal('This link has already been used or is not valid.');
  });
});

describe('F12 forgot password', () => {
  it('identifier, e-mailed code, new password with a live checklist, signed in', async () => {
    const login = await startFlow('demo', 'Forgot your password?', 'forgotPassword');
    login.fill('E-mail address', 'anna@example.com').submit();
    await login.enterCode('anna@example.com');
    await login.reach('setPassword');
    const username = login.root.querySelector<HTMLInputElement>('input[autocomplete=username]');
    expect(username?.value, 'hidden user name for password managers').to.equal('anna@example.com');
    expect(username?.hidden).to.equal(true);

    login.fill('New password', 'short');
    const rule = (name: string) => login.root.querySelector(`[data-rule=${name}]`)?.getAttribute('data-met');
    expect(rule('minLength')).to.equal('false');
    expect(rule('lowercase')).to.equal('true');
    login.fill('New password', NEW_PASSWORD);
    expect(['minLength', 'lowercase', 'uppercase', 'digit', 'symbol'].map(rule)).to.deep.equal(['true', 'true', 'true', 'true', 'true']);
    login.fill('Repeat the password', 'Vinter');
    expect(login.root.querySelector('[data-match]')?.getAttribute('data-match')).to.equal('false');
    await login.accessible();
    login.submit();
    await login.until((s) => contextOf(s).error?.fields?.confirm === 'mismatch');
    expect(login.field('Repeat the password').getAttribute('aria-invalid')).to.equal('true');

    login.fill('New password', NEW_PASSWORD).fill('Repeat the password', NEW_PASSWORD).submit();
    await login.reach('signedIn');
  });
});
