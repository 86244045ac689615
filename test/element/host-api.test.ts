/*
 * What a host page does with the element besides showing it: choose the first step,
 * fill in the identifier, send identity providers back elsewhere, sign the user out
 * itself, reset, and move the element around; and the console warnings a developer gets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Login, PASSWORD, record } from './harness.js';
import { newSandbox, until } from '../support/mock.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import { contextOf } from '../support/state.js';

const session = async (base: string, tenant = 'hk') =>
  (await (await fetch(`${base}/session?tenant=${tenant}`, { credentials: 'include' })).json()) as { authenticated: boolean };

async function open(attributes: Record<string, string>, base = newSandbox()): Promise<Login> {
  const el = document.createElement('nordic-login');
  el.setAttribute('api-base', base);
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture<NordicLogin>(html`<div></div>`).then((parent) => parent.append(el));
  await el.updateComplete;
  return new Login(el, base);
}

/** console.warn, recorded for one test. */
let warnings: unknown[][] = [];
const realWarn = console.warn;
function recordWarnings(): void {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
}
afterEach(() => {
  console.warn = realWarn;
});

describe('the first step', () => {
  it('start="activation" opens activation, past the "existing or new customer" question', async () => {
    const login = await open({ tenant: 'demo', start: 'activation' });
    await login.reach('activation');
    expect(login.heading).to.equal('Activate your account');
  });

  it('a step the tenant does not offer: the usual start, and a console warning', async () => {
    recordWarnings();
    const login = await open({ tenant: 'hk', start: 'mobileRegistration' });
    await login.at('signIn');
    expect(warnings.map((w) => String(w[0]))).to.include.members([
      '<nordic-login>: start="mobileRegistration" is not offered by tenant "hk"; the widget begins at its usual first step.',
    ]);
  });

  it('a name that is no step is said in the console', async () => {
    recordWarnings();
    const login = await open({ tenant: 'hk', start: 'register' });
    await login.at('signIn');
    expect(String(warnings[0]?.[0])).to.contain('start="register" is not a step');
  });
});

describe('a prefilled identifier', () => {
  it('is in the sign-in form, and reset() brings it back with nothing else typed', async () => {
    const login = await open({ tenant: 'hk', identifier: 'anna@example.com' });
    await login.reach('signIn');
    expect(login.field('E-mail address').value).to.equal('anna@example.com');
    await login.signIn('nils@example.com', 'wrong-password');
    await login.until((s) => contextOf(s).error?.code === 'invalid_credentials' && !s.hasTag('busy'));
    expect(login.field('E-mail address').value).to.equal('nils@example.com');
    login.el.reset();
    await login.until((s) => contextOf(s).error === undefined && contextOf(s).fields.identifier === 'anna@example.com');
    await login.at('signIn');
    expect(login.field('E-mail address').value).to.equal('anna@example.com');
    expect(login.error).to.equal(undefined);
  });

  it('set as a property in the same task as the element is added; the default API is never called', async () => {
    const base = newSandbox();
    const urls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(new Request(input, init).url);
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('nordic-login');
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(el);
      // After insertion, in the same task: what a framework does.
      el.apiBase = base;
      el.tenant = 'hk';
      el.identifier = 'anna@example.com';
      el.lang = 'en';
      await until(() => el.actor !== undefined);
      const login = new Login(el, base);
      await login.at('signIn');
      expect(login.field('E-mail address').value).to.equal('anna@example.com');
      expect(urls.filter((url) => url.startsWith(`${location.origin}/api/`))).to.deep.equal([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('the page signs the user out', () => {
  it('signOut(): signed out on screen at once, nl-signed-out, and the session ends on the server', async () => {
    const login = await Login.open({ tenant: 'hk', step: 'F1.signedIn' });
    const signedOut = record(login.el, 'nl-signed-out');
    login.el.signOut();
    await login.el.updateComplete;
    expect(login.step).to.equal('signIn');
    expect(login.root.querySelector('[part=user]')).to.equal(null);
    expect(signedOut).to.have.length(1);
    await until(async () => !(await session(login.base)).authenticated);
  });

  it('signOut({ endSession: false }): shown signed out, the session is left to the page', async () => {
    const login = await Login.open({ tenant: 'hk', step: 'F1.signedIn' });
    login.el.signOut({ endSession: false });
    await login.el.updateComplete;
    expect(login.step).to.equal('signIn');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await session(login.base)).authenticated).to.equal(true);
  });

  it('signOut() before the widget has loaded: the session ends first, and the widget is not signed in', async () => {
    const base = newSandbox();
    const first = await open({ tenant: 'hk' }, base);
    await first.at('signIn');
    await first.signIn('anna@example.com', PASSWORD);
    await first.at('signedIn');
    first.el.remove();
    const el = document.createElement('nordic-login');
    el.apiBase = base;
    el.tenant = 'hk';
    el.lang = 'en';
    el.signOut();
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await until(() => el.actor !== undefined);
    const login = new Login(el, base);
    await login.at('signIn');
    expect((await session(base)).authenticated).to.equal(false);
  });
});

describe('return-url', () => {
  it('is where the identity provider sends the browser back to, resolved against the page', async () => {
    const bodies: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.includes('/idp/')) bodies.push(await request.clone().json());
      return realFetch(request);
    };
    try {
      const login = await open({ tenant: 'demo', 'return-url': '/after-sign-in?from=widget' });
      const navigate = record(login.el, 'nl-navigate');
      login.el.addEventListener('nl-navigate', (event) => event.preventDefault());
      await login.at('welcome');
      login.press('I am a customer');
      await login.at('signIn');
      const provider = login.root.querySelector<HTMLButtonElement>('[part~=method-button]:not([part~=bankid-button])')!;
      provider.click();
      await until(() => navigate.length === 1);
      expect(bodies).to.deep.equal([{ returnUrl: new URL('/after-sign-in?from=widget', location.href).href }]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('an address the browser may not be sent to is refused in the console; the page itself is used', async () => {
    recordWarnings();
    const login = await open({ tenant: 'hk', 'return-url': 'javascript:alert(1)' });
    await login.at('signIn');
    expect(login.el.actor!.getSnapshot().context.returnUrl).to.equal(location.href);
    expect(String(warnings[0]?.[0])).to.contain('return-url "javascript:alert(1)" is not an https address');
  });
});

describe('taken out of the page and put back', () => {
  it('the same element goes on where it was, with what was typed; events of the meantime arrive on return', async () => {
    const login = await open({ tenant: 'hk' });
    await login.at('signIn');
    login.press('Forgot your password?');
    await login.at('forgotPassword');
    login.fill('E-mail address', 'anna@example.com');
    const parent = login.el.parentElement!;
    const actor = login.el.actor;
    login.el.remove();
    // Longer than a microtask: a tab switch, a keep-alive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const steps = record(login.el, 'nl-step-change');
    login.el.signOut({ endSession: false });
    parent.append(login.el);
    await login.el.updateComplete;
    expect(login.el.actor).to.equal(actor);
    expect(steps.map((e) => e.step)).to.deep.equal(['signIn']);
  });

  it('keeps a step and the typed text across a removal', async () => {
    const login = await open({ tenant: 'hk' });
    await login.at('signIn');
    login.press('Forgot your password?');
    await login.at('forgotPassword');
    login.fill('E-mail address', 'nils@example.com').submit();
    await login.at('code');
    const parent = login.el.parentElement!;
    login.el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    parent.append(login.el);
    await login.el.updateComplete;
    expect(login.step).to.equal('code');
    expect(login.heading).to.not.equal('');
  });

  it('a new element starts afresh', async () => {
    const base = newSandbox();
    const first = await open({ tenant: 'hk' }, base);
    await first.at('signIn');
    first.press('Forgot your password?');
    await first.at('forgotPassword');
    first.el.remove();
    const second = await open({ tenant: 'hk' }, base);
    await second.reach('signIn');
    expect(second.el.actor).to.not.equal(first.el.actor);
  });

  it('removed for longer than detachedLifetime, it stops, and starts afresh when put back', async () => {
    const lifetime = (await import('../../src/nordic-login.js')).NordicLogin;
    const before = lifetime.detachedLifetime;
    lifetime.detachedLifetime = 50;
    try {
      const login = await open({ tenant: 'hk' });
      await login.at('signIn');
      login.press('Forgot your password?');
      await login.at('forgotPassword');
      const parent = login.el.parentElement!;
      const actor = login.el.actor!;
      login.el.remove();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(actor.getSnapshot().status).to.equal('stopped');
      parent.append(login.el);
      await until(() => login.el.actor !== undefined);
      await login.at('signIn');
    } finally {
      lifetime.detachedLifetime = before;
    }
  });
});

describe('config-overrides', () => {
  it('invalid JSON is said in the console and changes nothing', async () => {
    recordWarnings();
    const login = await open({ tenant: 'hk', 'config-overrides': '{links: {}}' });
    await login.at('signIn');
    expect(login.el.configOverrides).to.equal(undefined);
    expect(String(warnings[0]?.[0])).to.match(/^<nordic-login>: config-overrides is not valid JSON/);
  });

  it('JSON that is not an object likewise', async () => {
    recordWarnings();
    const login = await open({ tenant: 'hk', 'config-overrides': '[1]' });
    await login.at('signIn');
    expect(String(warnings[0]?.[0])).to.contain('config-overrides must be a JSON object');
  });
});

describe('an API on another site than the page', () => {
  it('is recognised when the session cookie does not come back: said in the console, and to the user', async () => {
    recordWarnings();
    // The page is on localhost; 127.0.0.1 is another site, whose cookies the browser keeps from it.
    const base = newSandbox().replace('//localhost:', '//127.0.0.1:');
    const errors: string[] = [];
    const login = await open({ tenant: 'hk' }, base);
    login.el.addEventListener('nl-error', (event) => errors.push(event.detail.code));
    await login.at('signIn');
    await login.signIn('anna@example.com', PASSWORD);
    await login.until((s) => contextOf(s).error !== undefined && !s.hasTag('busy'));
    expect(errors).to.deep.equal(['cookies_blocked']);
    expect(login.error).to.equal('Sign-in is not available here. Please contact customer service.');
    const warning = warnings.map((w) => String(w[0])).find((w) => w.includes('session cookie'));
    expect(warning).to.contain(`the API at ${new URL(base).origin} does not get its session cookie back from this page (${location.origin})`);
  });
});
