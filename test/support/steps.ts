/*
 * Every step of <nordic-login>, flow by flow (F1–F12 of FLOWS.md), and how to bring a
 * widget there against the mock: the tenant it is shown on, the demo customer who gets
 * there (mock-server/seed.ts), what the sandbox needs before the widget starts (a knob, a
 * mailed link opened in this tab), the step it is reached from and what the customer does
 * there. A route drives the element or the bare machine alike (test/support/driver.ts):
 * the machine, element, language and fault tests and the stories all go through here, so
 * a new step is taught once. Each step on the way is checked (Driver.at): a route that
 * lands elsewhere fails where it went astray. No test runner code: Storybook bundles this too.
 */
import type { Screen } from '../../src/shell/login.machine.js';
import { DEMO_PASSWORD } from '../../mock-server/seed.js';
import { mock, newSandbox, type Knobs } from './mock.js';
import type { Driver, LoginSnapshot, Where } from './driver.js';
import { isBusy, orderOf, stepOf } from './state.js';

export type Tenant = 'demo' | 'nokas' | 'hk' | 'polarkraft' | 'minasidor';

/** The seeded customers' password. */
export const PASSWORD = DEMO_PASSWORD;
/** A new password every tenant's policy accepts. */
export const NEW_PASSWORD = 'Vinter-Natt-2027?';

interface Route<Name extends string> extends Omit<Where, 'timeoutMs'> {
  /** The tenant the route is written for (its customers and flows); callers may pick another that offers the same. */
  tenant: Tenant;
  /** Where the widget then is; none: the tenant's first screen, whatever it is. */
  at?: Screen;
  /** The step it is reached from; none: from the start. */
  from?: Name;
  /** What the customer does at `from` to come here. */
  go?: (w: Driver) => unknown;
  /** Before the widget starts: the sandbox's knobs, the address a link or a return opens. */
  before?: (base: string, tenant: string) => Promise<unknown>;
}

/** Keeps the step names as a type and checks that every `from` names one of them. */
const routes = <const Name extends string>(table: Record<Name, Route<NoInfer<Name>>>) => table;

const signIn = (identifier: string, password = PASSWORD) => (w: Driver) =>
  w.send({ type: 'signIn.submit', identifier, password, rememberMe: false });
const choosePassword = (w: Driver) => w.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
const enterCode = async (w: Driver) => w.send({ type: 'code.submit', code: await mock.lastCode(w.base) });
const hasQr = (s: LoginSnapshot) => Boolean(orderOf(s)?.qrData);
/** Long enough that a story held by a slow mock stays on its step. */
const HELD_MS = 10 * 60_000;

const F5_REGISTRATION = { customerNumber: '100200', pin: '4321', email: 'ny.kunde@example.com', password: NEW_PASSWORD };
const F7A_REGISTRATION = { customerNumber: '556677', personalNumber: '19800101-1231', email: 'kund@example.se' };

export const STEPS = routes({
  // ---- Start and F10: the session
  /** The tenant's first screen, once its configuration and the session are in. */
  start: { tenant: 'demo' },
  'F10.loading': { tenant: 'demo', at: 'loading', busy: true, before: (base) => mock.knobs(base, { delayMs: HELD_MS }) },
  'F10.unavailable': {
    tenant: 'demo',
    at: 'unavailable',
    before: (base) => mock.knobs(base, { fail: { getConfig: 'service_unavailable' } }),
  },
  /** A session exists when the page loads. */
  'F10.signedInOnArrival': {
    tenant: 'demo',
    at: 'signedIn',
    before: (base, tenant) => call(base, tenant, 'POST', '/auth/password', { identifier: 'anna@example.com', password: PASSWORD }),
  },
  'F10.signingOut': {
    tenant: 'demo',
    from: 'F1.signedIn',
    go: async (w) => {
      await mock.knobs(w.base, { delayMs: HELD_MS });
      w.send({ type: 'signOut' });
    },
    at: 'signingOut',
    busy: true,
  },
  'F10.signedOut': { tenant: 'demo', from: 'F1.signedIn', go: (w) => w.send({ type: 'signOut' }), at: 'signIn' },
  /** The page signs the user out before the widget has loaded: the session ends first. */
  'F10.endingSession': { tenant: 'demo', from: 'F10.loading', go: (w) => w.signOutByPage(), at: 'endingSession', busy: true },

  // ---- F11: existing or new customer
  'F11.welcome': { tenant: 'polarkraft', from: 'start', at: 'welcome' },

  // ---- F1: password sign-in
  /** The sign-in step as a customer first sees it: the tenant's leading method, or its form. */
  'F1.signIn': {
    tenant: 'demo',
    from: 'start',
    go: (w) => w.step === 'welcome' && w.send({ type: 'customer.existing' }),
    at: 'signIn',
  },
  /** Mina sidor leads with BankID, the password form one tap away. */
  'F1.leading': { tenant: 'minasidor', from: 'F1.signIn', at: 'signIn', sub: 'leading' },
  /** The password form, past a leading method. */
  'F1.form': {
    tenant: 'demo',
    from: 'F1.signIn',
    go: (w) => w.sub === 'leading' && w.send({ type: 'method.password' }),
    at: 'signIn',
    sub: 'idle',
  },
  'F1.wrongPassword': {
    tenant: 'hk',
    from: 'F1.form',
    go: signIn('anna@example.com', 'wrong-password'),
    at: 'signIn',
    when: (s) => s.context.error?.code === 'invalid_credentials',
  },
  /** The request on its way (held by a slow mock): the button busy. */
  'F1.submitting': {
    tenant: 'demo',
    before: (base) => mock.knobs(base, { slow: { signInWithPassword: HELD_MS } }),
    from: 'F1.form',
    go: signIn('anna@example.com'),
    at: 'signIn',
    busy: true,
    when: (s) => s.hasTag('busy'),
  },
  /** The SMS code as a second factor (nils@example.com has a phone on file). */
  'F1.code': { tenant: 'demo', from: 'F1.form', go: signIn('nils@example.com'), at: 'code' },
  /** Nokas asks a customer without a phone on file for one. */
  'F1.enrolPhone': { tenant: 'nokas', from: 'F1.form', go: signIn('anna@example.com'), at: 'enrolPhone' },
  'F1.signedIn': { tenant: 'demo', from: 'F1.form', go: signIn('anna@example.com'), at: 'signedIn' },
  /** "New customer? Register": the tenant's registration flows to choose from. */
  'F1.register': { tenant: 'demo', from: 'F1.form', go: (w) => w.send({ type: 'register.open' }), at: 'register' },

  // ---- F2: activation (HK Norge)
  'F2.form': { tenant: 'hk', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'activation' }), at: 'activation' },
  'F2.code': { tenant: 'hk', from: 'F2.form', go: (w) => w.send({ type: 'activation.submit', email: 'kari@hk.example' }), at: 'code' },
  'F2.setPassword': { tenant: 'hk', from: 'F2.code', go: enterCode, at: 'setPassword' },
  'F2.signedIn': { tenant: 'hk', from: 'F2.setPassword', go: choosePassword, at: 'signedIn' },

  // ---- F3: verify and create, then the SMS second factor (Nokas)
  'F3.form': { tenant: 'nokas', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'verifyAndCreate' }), at: 'verifyAndCreate' },
  'F3.code': { tenant: 'nokas', from: 'F3.form', go: (w) => w.send({ type: 'verifyAndCreate.submit', email: 'ny@nokas.example' }), at: 'code' },
  'F3.setPassword': { tenant: 'nokas', from: 'F3.code', go: enterCode, at: 'setPassword' },
  'F3.enrolPhone': { tenant: 'nokas', from: 'F3.setPassword', go: choosePassword, at: 'enrolPhone' },
  'F3.smsCode': {
    tenant: 'nokas',
    from: 'F3.enrolPhone',
    go: (w) => w.send({ type: 'phone.submit', countryCode: '+45', nationalNumber: '20123478' }),
    at: 'code',
  },
  'F3.signedIn': { tenant: 'nokas', from: 'F3.smsCode', go: enterCode, at: 'signedIn' },

  // ---- F4: registration with mobile number and birth date (Polar Kraft)
  'F4.form': { tenant: 'polarkraft', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'mobileRegistration' }), at: 'mobileRegistration' },
  'F4.code': {
    tenant: 'polarkraft',
    from: 'F4.form',
    go: (w) => w.send({ type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' }),
    at: 'code',
  },
  'F4.setPassword': { tenant: 'polarkraft', from: 'F4.code', go: enterCode, at: 'setPassword' },
  'F4.signedIn': { tenant: 'polarkraft', from: 'F4.setPassword', go: choosePassword, at: 'signedIn' },
  /** A number the company does not know: customer service. */
  'F4.contactSupport': {
    tenant: 'polarkraft',
    from: 'F4.form',
    go: (w) => w.send({ type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '41234567', birthDate: '1990-01-01' }),
    at: 'contactSupport',
  },

  // ---- F5: registration with customer number and PIN (Polar Kraft)
  'F5.form': {
    tenant: 'polarkraft',
    from: 'F1.form',
    go: (w) => w.send({ type: 'flow.start', flow: 'customerNumberRegistration' }),
    at: 'customerNumberRegistration',
  },
  'F5.checkInbox': {
    tenant: 'polarkraft',
    from: 'F5.form',
    go: (w) => w.send({ type: 'customerNumberRegistration.submit', ...F5_REGISTRATION, confirm: NEW_PASSWORD }),
    at: 'checkInbox',
  },
  /** The mailed link opened in this tab: the widget redeems it (held by a slow mock). */
  'F5.redeemingLink': {
    tenant: 'polarkraft',
    before: async (base, tenant) => {
      await followMailedLink(base, () => call(base, tenant, 'POST', '/registrations/customer-number', F5_REGISTRATION));
      await mock.knobs(base, { slow: { redeemLink: HELD_MS } });
    },
    at: 'redeemingLink',
    busy: true,
  },
  'F5.signedInByLink': {
    tenant: 'polarkraft',
    before: (base, tenant) => followMailedLink(base, () => call(base, tenant, 'POST', '/registrations/customer-number', F5_REGISTRATION)),
    at: 'signedIn',
  },

  // ---- F6: forgot customer number or PIN (Polar Kraft)
  'F6.form': { tenant: 'polarkraft', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'forgotCustomerNumber' }), at: 'forgotCustomerNumber' },
  'F6.sentByEmail': {
    tenant: 'polarkraft',
    from: 'F6.form',
    go: (w) => w.send({ type: 'forgotCustomerNumber.submit', email: 'kunde@example.com', mobile: '', customerNumber: '', channel: 'email' }),
    at: 'checkInbox',
  },
  'F6.sentBySms': {
    tenant: 'polarkraft',
    from: 'F6.form',
    go: (w) => w.send({ type: 'forgotCustomerNumber.submit', email: '', mobile: '+4798765432', customerNumber: '100200', channel: 'sms' }),
    at: 'checkInbox',
  },

  // ---- F7a: first time with customer number, register an e-mail (Mina sidor)
  'F7a.form': { tenant: 'minasidor', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'emailRegistration' }), at: 'emailRegistration' },
  'F7a.checkInbox': {
    tenant: 'minasidor',
    from: 'F7a.form',
    go: (w) => w.send({ type: 'emailRegistration.submit', ...F7A_REGISTRATION }),
    at: 'checkInbox',
  },
  /** Eva Lund has an e-mail on file: changing it is not self-service. */
  'F7a.contactSupport': {
    tenant: 'minasidor',
    from: 'F7a.form',
    go: (w) => w.send({ type: 'emailRegistration.submit', customerNumber: '445566', personalNumber: '19750505-5553', email: 'eva.ny@example.se' }),
    at: 'contactSupport',
  },
  /** The confirmation link opened: the first password is chosen right away. */
  'F7a.setPasswordFromLink': {
    tenant: 'minasidor',
    before: (base, tenant) => followMailedLink(base, () => call(base, tenant, 'POST', '/registrations/email', F7A_REGISTRATION)),
    at: 'setPassword',
  },

  // ---- F7b: first time with customer number, a password link (Mina sidor)
  'F7b.form': { tenant: 'minasidor', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'passwordLink' }), at: 'passwordLink' },
  'F7b.checkInbox': {
    tenant: 'minasidor',
    from: 'F7b.form',
    go: (w) => w.send({ type: 'passwordLink.submit', customerNumber: '445566' }),
    at: 'checkInbox',
  },
  'F7b.setPasswordFromLink': {
    tenant: 'minasidor',
    before: (base, tenant) => followMailedLink(base, () => call(base, tenant, 'POST', '/password-links', { customerNumber: '445566' })),
    at: 'setPassword',
  },
  'F7b.signedIn': { tenant: 'minasidor', from: 'F7b.setPasswordFromLink', go: choosePassword, at: 'signedIn' },
  /** A link used before, or never issued. */
  'F7b.linkFailed': { tenant: 'minasidor', before: async () => land({ 'nl-link': 'not-a-link-we-sent' }), at: 'linkFailed' },

  // ---- F8: Mobile BankID (Mina sidor)
  /** On a computer the order starts with its QR code. */
  'F8.qr': { tenant: 'minasidor', from: 'F1.form', go: (w) => w.send({ type: 'method.bankid' }), at: 'bankid', sub: 'pending', when: hasQr },
  /** "BankID on this device": the button that opens the app. */
  'F8.thisDevice': {
    tenant: 'minasidor',
    from: 'F8.qr',
    go: (w) => w.send({ type: 'bankid.start', device: 'same' }),
    at: 'bankid',
    sub: 'pending',
    when: (s) => Boolean(orderOf(s)?.launchUrl),
  },
  /** After a cancel: this device or another. */
  'F8.choosing': { tenant: 'minasidor', from: 'F8.qr', go: (w) => w.send({ type: 'bankid.cancel' }), at: 'bankid', sub: 'choosing' },
  /** The phone scans the code and the user signs in the app (the mock's order clock). */
  'F8.signedIn': { tenant: 'minasidor', from: 'F8.qr', go: (w) => mock.clock(w.base, 15), at: 'signedIn' },

  // ---- F9: identity providers (Nokas)
  /** On the way to the provider (held by a slow mock, so the page stays). */
  'F9.redirecting': {
    tenant: 'nokas',
    from: 'F1.form',
    go: async (w) => {
      await mock.knobs(w.base, { delayMs: HELD_MS });
      w.send({ type: 'idp.start', providerId: 'azure' });
    },
    at: 'redirecting',
    busy: true,
  },
  /** Back from the provider with an error. */
  'F9.returnedWithError': {
    tenant: 'nokas',
    before: async () => land({ 'nl-idp': 'error', 'nl-idp-error': 'idp_failed' }),
    at: 'signIn',
    when: (s) => s.context.error?.code === 'idp_failed',
  },

  // ---- F12: forgot password
  'F12.form': { tenant: 'demo', from: 'F1.form', go: (w) => w.send({ type: 'flow.start', flow: 'forgotPassword' }), at: 'forgotPassword' },
  'F12.code': { tenant: 'demo', from: 'F12.form', go: (w) => w.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' }), at: 'code' },
  'F12.setPassword': { tenant: 'demo', from: 'F12.code', go: enterCode, at: 'setPassword' },
  'F12.signedIn': { tenant: 'demo', from: 'F12.setPassword', go: choosePassword, at: 'signedIn' },
});

export type StepName = keyof typeof STEPS;

const route = (name: StepName): Route<StepName> => STEPS[name];

/** The tenant a step's route is written for. */
export const tenantOf = (name: StepName): Tenant => route(name).tenant;

/** Before the widget starts: what the route to `name` needs of its sandbox and of the address. */
export async function prepare(name: StepName, base: string, tenant: string = tenantOf(name)): Promise<void> {
  const { from, before } = route(name);
  if (from) await prepare(from, base, tenant);
  await before?.(base, tenant);
}

/** Brings a started widget or machine from its first screen to `name`, checking every step on the way. */
export async function bring(w: Driver, name: StepName): Promise<LoginSnapshot> {
  const { from, go, at, tenant: _tenant, before: _before, ...where } = route(name);
  if (from) await bring(w, from);
  await go?.(w);
  if (at) return w.at(at, where);
  // The first screen: whichever the tenant starts with, once boot no longer waits on the network.
  const first = await w.until((s) => !isBusy(s) && stepOf(s) !== 'loading');
  return w.at(stepOf(first) as Screen);
}

export interface Opening {
  /** The tenant of the step's route by default. */
  tenant?: string;
  /** A sandbox to reuse (its store and outbox); a fresh one by default. */
  base?: string;
  /** Knobs turned before the widget starts (a failure, a BankID outcome). */
  knobs?: Knobs;
}

/** A widget or machine at `name`: its sandbox prepared, started by `mount` (the caller's page or actor), the route walked. */
export async function openAt<D extends Driver>(
  name: StepName,
  options: Opening,
  mount: (base: string, tenant: string) => Promise<D>,
): Promise<D> {
  const base = options.base ?? newSandbox();
  const tenant = options.tenant ?? tenantOf(name);
  await prepare(name, base, tenant);
  if (options.knobs) await mock.knobs(base, options.knobs);
  const w = await mount(base, tenant);
  await bring(w, name);
  return w;
}

/** Adds landing parameters to the page's address, as a mailed link or a provider's return opened in this tab does. */
export function land(params: Record<string, string>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

/**
 * What `land` put in the page's address, taken out of it again: the landing a machine
 * started by a test is given (the element takes it from the address itself).
 */
export function takeLanding(): string | undefined {
  const url = new URL(location.href);
  const landing = new URLSearchParams([...url.searchParams].filter(([name]) => name.startsWith('nl-')));
  const search = landing.toString();
  if (!search) return undefined;
  for (const name of landing.keys()) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
  return `?${search}`;
}

/** Lands on the link in the newest message, as a customer who follows it in this tab does. */
export async function openMailedLink(base: string): Promise<void> {
  land({ 'nl-link': await mock.lastLinkToken(base) });
}

/** Runs a flow that mails a link (through the API, before the widget starts), then opens the link. */
async function followMailedLink(base: string, start: () => Promise<unknown>): Promise<void> {
  await start();
  await openMailedLink(base);
}

/** A JSON call to the sandbox's API for a tenant, with the session's CSRF token, as a page of the portal makes it. */
export async function call<T>(base: string, tenant: string, method: string, path: string, body?: unknown): Promise<T> {
  const url = (p: string) => `${base}${p}?tenant=${encodeURIComponent(tenant)}`;
  const session = (await (await fetch(url('/session'), { credentials: 'include' })).json()) as { csrfToken: string };
  const response = await fetch(url(path), {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
