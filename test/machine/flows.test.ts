/*
 * Every flow of FLOWS.md driven through the machine against the mock backend over HTTP,
 * reading codes and links from the mock's outbox the way a customer reads their mail.
 */
import { expect } from '@open-wc/testing';
import { recordingFetch } from '../api/mock-backend.js';
import { mock, newSandbox } from '../support/mock.js';
import { NEW_PASSWORD, openLogin, PASSWORD, RETURN_URL, startLogin, type Login } from './harness.js';
import { statePath, contextOf } from '../support/state.js';
import { land } from '../support/steps.js';

const postsTo = (fetch: { requests: Request[] }, path: string) =>
  fetch.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith(path));

async function enterCode(login: Login, base: string, to?: string) {
  const s = await login.at('code');
  login.send({ type: 'code.submit', code: await mock.lastCode(base, to) });
  return s;
}

describe('F1 password sign-in', () => {
  it('signs in with e-mail and password, and says so to the page', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk' });
    login.send({ type: 'signIn.submit', identifier: ' anna@example.com ', password: PASSWORD, rememberMe: false });
    const s = await login.at('signedIn');
    expect(contextOf(s).user).to.include({ id: 'u-anna', displayName: 'Anna Andersen' });
    expect(contextOf(s).fields.identifier).to.equal(' anna@example.com ');
    expect(login.emitted).to.deep.equal([{ type: 'signedIn', user: contextOf(s).user }]);
    login.stop();
  });

  it('asks for the SMS second factor (F3 afterwards)', async () => {
    const login = await openLogin('F1.form', { tenant: 'nokas' });
    login.send({ type: 'signIn.submit', identifier: 'mette@nokas.example', password: PASSWORD, rememberMe: false });
    const code = await enterCode(login, login.base, '+4522334478');
    expect(contextOf(code).challenge).to.include({ channel: 'sms', codeLength: 6 });
    expect(contextOf(code).flow).to.equal(undefined);
    await login.at('signedIn');
    login.stop();
  });

  it('a sign-in after leaving a flow is no step of that flow', async () => {
    const login = await openLogin('F1.form', { tenant: 'nokas' });
    login.send({ type: 'flow.start', flow: 'verifyAndCreate' });
    await login.at('verifyAndCreate');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.send({ type: 'signIn.submit', identifier: 'mette@nokas.example', password: PASSWORD, rememberMe: false });
    const code = await enterCode(login, login.base, '+4522334478');
    // The code step words its hints by the flow it belongs to (code.view.ts): none here.
    expect(contextOf(code).flow).to.equal(undefined);
    await login.at('signedIn');
    login.stop();
  });

  it('checks the identifier of the tenant\'s kind before sending anything', async () => {
    const fetch = recordingFetch();
    const login = await openLogin('F1.form', { tenant: 'minasidor', fetch });
    login.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
    const s = await login.error('validation_failed', 'signIn');
    expect(contextOf(s).error?.fields).to.deep.equal({ identifier: 'format' });
    expect(postsTo(fetch, '/auth/password')).to.have.length(0);
    login.send({ type: 'signIn.submit', identifier: '334455', password: PASSWORD, rememberMe: false });
    await login.at('signedIn');
    login.stop();
  });

  it('sends "remember me" only where the tenant offers it', async () => {
    for (const [tenant, expected] of [['polarkraft', true], ['hk', undefined]] as const) {
      const fetch = recordingFetch();
      const login = await openLogin('F1.form', { tenant, fetch });
      login.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: true });
      const s = await login.at('signedIn');
      const body = (await postsTo(fetch, '/auth/password')[0]!.json()) as { rememberMe?: boolean };
      expect(body.rememberMe).to.equal(expected);
      expect(contextOf(s).fields.rememberMe).to.equal(expected);
      login.stop();
    }
  });

  it('signs in with an organisation number written with the 16 prefix', async () => {
    const login = await openLogin('F1.form', { configOverrides: { identifier: { kind: 'organisationNumber' } } });
    login.send({ type: 'signIn.submit', identifier: '16556677-8899', password: PASSWORD, rememberMe: false });
    expect(contextOf(await login.at('signedIn')).user?.id).to.equal('u-exempel');
    login.stop();
  });
});

describe('the leading sign-in method (methods.primary)', () => {
  it('Mina sidor leads with BankID; password is one step further, and back returns to BankID', async () => {
    const login = await openLogin('F1.leading');
    expect(statePath(login.snapshot)).to.equal('signIn.leading');
    login.send({ type: 'method.password' });
    expect(statePath(await login.at('signIn'))).to.equal('signIn.idle');
    login.send({ type: 'back' });
    expect(statePath(await login.at('signIn'))).to.equal('signIn.leading');
    login.send({ type: 'method.bankid' });
    await login.at('bankid');
    login.stop();
  });

  it('a tenant without methods.primary, or naming a method it does not offer, leads with password', async () => {
    for (const configOverrides of [{}, { methods: { primary: 'azure' } }]) {
      const login = await openLogin('F1.signIn', { tenant: 'hk', configOverrides });
      expect(statePath(login.snapshot)).to.equal('signIn.idle');
      login.stop();
    }
  });

  it('an identity provider the tenant offers may lead', async () => {
    const login = await openLogin('F1.signIn', { tenant: 'nokas', configOverrides: { methods: { primary: 'azure' } } });
    expect(statePath(login.snapshot)).to.equal('signIn.leading');
    login.stop();
  });
});

describe('New customer? Register', () => {
  it('opens the chooser of the registration flows, which opens each and comes back', async () => {
    const login = await openLogin('F1.signIn', { tenant: 'minasidor' });
    login.send({ type: 'register.open' });
    await login.at('register');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.send({ type: 'register.open' });
    login.send({ type: 'flow.start', flow: 'passwordLink' });
    await login.at('passwordLink');
    // Back from a flow chosen there returns to the chooser; opened from sign-in, to sign-in.
    login.send({ type: 'back' });
    await login.at('register');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.send({ type: 'flow.start', flow: 'passwordLink' });
    await login.at('passwordLink');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.stop();
  });

  it('is not opened where the tenant has nothing to register with', async () => {
    const login = await openLogin('F1.form', { tenant: 'hk', configOverrides: { flows: { activation: false } } });
    login.send({ type: 'register.open' });
    expect(statePath(login.actor.getSnapshot())).to.equal('signIn.idle');
    login.stop();
  });
});

describe('F2 activation', () => {
  it('e-mail, code, new password, signed in', async () => {
    const login = await openLogin('F2.form');
    const { base } = login;
    login.send({ type: 'activation.submit', email: 'kari@hk.example' });
    const code = await enterCode(login, base, 'kari@hk.example');
    expect(contextOf(code).challenge?.destination).to.match(/^k\*+@hk\.example$/);
    expect(contextOf(code).flow).to.equal('activation');
    await login.at('setPassword');
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(contextOf(await login.at('signedIn')).user?.id).to.equal('u-kari');
    login.stop();
  });

  it('answers an unknown address the same way: a code screen', async () => {
    const login = await openLogin('F2.form');
    const { base } = login;
    login.send({ type: 'activation.submit', email: 'nobody@hk.example' });
    expect(contextOf(await login.at('code')).challenge?.channel).to.equal('email');
    expect(await mock.outbox(base)).to.have.length(0);
    login.stop();
  });
});

describe('F3 verify, create, enrol the phone', () => {
  it('e-mail code, password, phone, SMS code, signed in', async () => {
    const login = await openLogin('F3.form');
    const { base } = login;
    login.send({ type: 'verifyAndCreate.submit', email: 'ny@nokas.example' });
    await enterCode(login, base, 'ny@nokas.example');
    await login.at('setPassword');
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    await login.at('enrolPhone');
    login.send({ type: 'phone.submit', countryCode: '+45', nationalNumber: '12 34 56 78' });
    login.send({ type: 'phone.submit', countryCode: '+45', nationalNumber: '20 12 34 56' });
    const sms = await enterCode(login, base, '+4520123456');
    expect(contextOf(sms).challenge?.channel).to.equal('sms');
    expect(contextOf(await login.at('signedIn')).user?.id).to.equal('u-ny');
    login.stop();
  });

  it('checks the phone number before sending it', async () => {
    const login = await openLogin('F3.enrolPhone');
    login.send({ type: 'phone.submit', countryCode: '+45', nationalNumber: '1234' });
    const s = await login.error('validation_failed', 'enrolPhone');
    expect(contextOf(s).error?.fields).to.deep.equal({ nationalNumber: 'length' });
    expect(contextOf(s).fields).to.include({ countryCode: '+45', nationalNumber: '1234' });
    login.stop();
  });
});

describe('F4 register with mobile number and birth date', () => {
  it('SMS code, password, signed in', async () => {
    const login = await openLogin('F4.form');
    const { base } = login;
    login.send({ type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '987 65 432', birthDate: '1985-04-12' });
    await enterCode(login, base, '+4798765432');
    await login.at('setPassword');
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(contextOf(await login.at('signedIn')).user?.id).to.equal('u-ola');
    login.stop();
  });

  it('sends an unknown number to customer service', async () => {
    const login = await openLogin('F4.contactSupport');
    expect(contextOf(login.snapshot).support).to.deep.equal({ reason: 'phoneUnknown' });
    login.send({ type: 'back' });
    await login.at('signIn');
    login.stop();
  });
});

describe('F5 register with customer number and PIN', () => {
  it('check your inbox; the mailed link signs in', async () => {
    const login = await openLogin('F5.form');
    const { base } = login;
    login.send({
      type: 'customerNumberRegistration.submit',
      customerNumber: '100200',
      pin: '4321',
      email: 'per@example.com',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(contextOf(await login.at('checkInbox')).inbox).to.deep.equal({ channel: 'email' });
    login.stop();

    const token = await mock.lastLinkToken(base, 'per@example.com');
    const landing = startLogin({ baseUrl: base, tenant: 'polarkraft', search: `?nl-link=${token}&other=1` });
    await landing.at('redeemingLink', { busy: true });
    expect(contextOf(await landing.at('signedIn')).user?.id).to.equal('u-per');
    landing.stop();
  });

  it('checks the confirmation and the policy before sending', async () => {
    const fetch = recordingFetch();
    const login = await openLogin('F5.form', { fetch });
    login.send({
      type: 'customerNumberRegistration.submit',
      customerNumber: '100200',
      pin: '4321',
      email: 'per@example.com',
      password: 'short',
      confirm: 'shorter',
    });
    const s = await login.error('password_policy', 'customerNumberRegistration');
    expect(contextOf(s).error?.violations).to.deep.equal(['minLength']);
    expect(contextOf(s).error?.fields).to.deep.equal({ password: 'policy', confirm: 'mismatch' });
    expect(postsTo(fetch, '/registrations/customer-number')).to.have.length(0);
    login.stop();
  });
});

describe('F6 forgotten customer number', () => {
  it('by e-mail or SMS: "sent, if we know you"', async () => {
    const login = await openLogin('F6.form');
    const { base } = login;
    login.send({ type: 'forgotCustomerNumber.submit', email: '', mobile: '+47 456 78 901', customerNumber: '', channel: 'sms' });
    expect(contextOf(await login.at('checkInbox')).inbox).to.deep.equal({ channel: 'sms' });
    expect((await mock.lastMessage(base, '+4745678901')).text).to.include('100400');
    login.send({ type: 'back' });
    await login.at('signIn');
    login.send({ type: 'flow.start', flow: 'forgotCustomerNumber' });
    await login.at('forgotCustomerNumber');
    login.send({ type: 'forgotCustomerNumber.submit', email: '', mobile: '', customerNumber: '', channel: 'email' });
    expect(contextOf(await login.error('validation_failed', 'forgotCustomerNumber')).error?.fields).to.deep.equal({
      email: 'required',
      mobile: 'required',
    });
    login.stop();
  });
});

describe('F7 first time with a customer number', () => {
  it('(a) registers the e-mail; the confirmation link leads to choosing a password', async () => {
    const login = await openLogin('F7a.form');
    const { base } = login;
    login.send({ type: 'emailRegistration.submit', customerNumber: '556677', personalNumber: '19800101-1231', email: 'sven@example.se' });
    await login.at('checkInbox');
    login.stop();

    // Opened in this tab, as the customer who follows it does.
    land({ 'nl-link': await mock.lastLinkToken(base, 'sven@example.se') });
    const landing = await openLogin('start', { base, tenant: 'minasidor' });
    expect(landing.step).to.equal('setPassword');
    landing.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(contextOf(await landing.at('signedIn')).user?.id).to.equal('u-sven');
    landing.stop();
  });

  it('(a) says an e-mail already registered is changed by customer service', async () => {
    const login = await openLogin('F7a.form');
    login.send({ type: 'emailRegistration.submit', customerNumber: '445566', personalNumber: '197505055553', email: 'ny@example.se' });
    expect(contextOf(await login.at('contactSupport')).support).to.deep.equal({ reason: 'emailAlreadyRegistered' });
    login.stop();
  });

  it('(b) mails a password link; the link leads to choosing a password', async () => {
    const login = await openLogin('F7b.checkInbox');
    const { base } = login;
    login.stop();

    // Opened in this tab, as the customer who follows it does.
    land({ 'nl-link': await mock.lastLinkToken(base, 'eva@example.se') });
    const landing = await openLogin('start', { base, tenant: 'minasidor' });
    expect(landing.step).to.equal('setPassword');
    landing.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD + 'x' });
    expect(contextOf(await landing.error('validation_failed', 'setPassword')).error?.fields).to.deep.equal({ confirm: 'mismatch' });
    landing.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(contextOf(await landing.at('signedIn')).user?.id).to.equal('u-eva');
    landing.stop();
  });
});

describe('F9 identity providers', () => {
  it('asks the page to navigate to the provider, and signs in on the way back', async () => {
    const login = await openLogin('F1.form', { tenant: 'nokas' });
    const { base } = login;
    login.send({ type: 'idp.start', providerId: 'azure' });
    await login.at('redirecting.leaving', { busy: true });
    const navigate = login.emitted.find((e) => e.type === 'navigate');
    expect(navigate?.type === 'navigate' && navigate.url).to.match(/\/__mock\/idp\/azure\/authorize\?state=/);
    login.stop();

    // What the browser does at the provider: "Continue as", then the backend's callback.
    const authorize = new URL((navigate as { url: string }).url);
    const state = authorize.searchParams.get('state') ?? '';
    const callback = await fetch(`${base}/idp/azure/callback?state=${encodeURIComponent(state)}&result=ok`, {
      credentials: 'include',
      redirect: 'manual',
    });
    expect(callback.type).to.equal('opaqueredirect');

    const back = startLogin({ baseUrl: base, tenant: 'nokas', search: '?nl-idp=ok' });
    expect((await back.at('signedIn')).context.user?.id).to.equal('u-azure');
    back.stop();
    expect(RETURN_URL).to.be.a('string');
  });

  it('shows a failed or cancelled return on the sign-in form', async () => {
    const login = startLogin({ baseUrl: newSandbox(), tenant: 'nokas', search: '?nl-idp=error&nl-idp-error=cancelled' });
    const s = await login.error('idp_failed', 'signIn');
    expect(contextOf(s).error?.reason).to.equal('cancelled');
    login.stop();
  });
});

describe('F10 signed in and signing out', () => {
  it('finds an existing session on load, and signs out', async () => {
    const again = await openLogin('F10.signedInOnArrival');
    expect(again.snapshot.context.user?.id).to.equal('u-anna');
    again.send({ type: 'signOut' });
    await again.at('signingOut', { busy: true });
    // Back to sign-in: whoever signed out is a customer, not asked "existing or new" again.
    const out = await again.at('signIn');
    expect(contextOf(out).user).to.equal(undefined);
    expect(again.emitted.map((e) => e.type)).to.deep.equal(['signedIn', 'signedOut']);
    expect((await again.api.getSession()).authenticated).to.equal(false);
    again.stop();
  });
});

describe('F11 existing or new customer', () => {
  it('asks first where the tenant has a new-customer page', async () => {
    const login = await openLogin('F11.welcome');
    login.send({ type: 'customer.new' });
    expect(login.emitted).to.deep.equal([{ type: 'navigate', url: 'https://polarkraft.example/bli-kunde' }]);
    login.send({ type: 'customer.existing' });
    await login.at('signIn');
    login.send({ type: 'back' });
    await login.at('welcome');
    login.stop();
    const hk = await openLogin('start', { tenant: 'hk' });
    expect(hk.step).to.equal('signIn');
    hk.stop();
  });
});

describe('F12 forgotten password', () => {
  it('by e-mail: code, new password, signed in', async () => {
    const login = await openLogin('F12.form', { tenant: 'hk' });
    login.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    await enterCode(login, login.base, 'anna@example.com');
    await login.at('setPassword');
    login.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    await login.at('signedIn');
    login.stop();
  });

  it('by mobile number: the code comes by SMS', async () => {
    const login = await openLogin('F12.form');
    login.send({ type: 'forgotPassword.submit', identifier: '+47 912 34 567' });
    const code = await enterCode(login, login.base, '+4791234567');
    expect(contextOf(code).challenge?.channel).to.equal('sms');
    await login.at('setPassword');
    login.send({ type: 'back' });
    await login.at('forgotPassword');
    login.stop();
  });

  it('resends a code once the server\'s cool-down is over, counting down meanwhile', async () => {
    const login = await openLogin('F12.code', { tenant: 'hk' });
    const { base } = login;
    const code = login.snapshot;
    const resendAt = contextOf(code).resendAt ?? 0;
    expect(resendAt - Date.now()).to.be.within(28_000, 30_000);
    login.send({ type: 'code.resend' });
    const early = await login.error('resend_too_soon', 'code');
    expect(Math.round(((contextOf(early).resendAt ?? 0) - resendAt) / 1000)).to.equal(0);
    await mock.clock(base, 30);
    login.send({ type: 'code.resend' });
    await login.at('code.idle', { when: (s) => contextOf(s).error === undefined && (contextOf(s).resendAt ?? 0) > resendAt });
    expect((await mock.outbox(base)).filter((m) => m.to === 'anna@example.com')).to.have.length(2);
    // A flow's context is read through its live actor: the clock is taken as a number.
    const resent = contextOf(login.actor.getSnapshot()).now;
    const ticked = await login.at('code', { when: (s) => contextOf(s).now > resent, timeoutMs: 2500 });
    expect(contextOf(ticked).now - resent).to.be.within(500, 2000);
    login.stop();
  });
});
