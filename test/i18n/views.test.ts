/*
 * Every step of <nordic-login>, reached against the mock and then shown in Danish,
 * Finnish, Norwegian and Swedish in turn (a language switch at run time): axe finds nothing
 * wrong, and no English text of ours is left on screen or in an accessible name.
 */
import { expect, html } from '@open-wc/testing';
import { mount as fixture, unmountAll } from './mount.js';
import { slow } from './slow.js';
import { configureLocalization } from '@lit/localize';
import { waitFor } from 'xstate';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import type { LoginEvent } from '../../src/shell/types.js';
import { stepOf } from '../../src/ui/view.js';
import { isBusy, orderOf, subStateOf } from '../support/state.js';
import { mock, newSandbox } from '../api/mock-backend.js';

const LANGUAGES = ['da', 'fi', 'nb', 'sv'] as const;
type Language = (typeof LANGUAGES)[number];
const PASSWORD = 'Sommar-2026!';

// ---------------------------------------------------------------------------------------
// What English of ours looks like: the source texts of the XLIFF files, cut at their
// placeholders, and what each language may share with English.

interface Rules {
  languageNeutral: string[];
  sameAsEnglish: Record<string, string[]>;
}
const rules = (await (await fetch('/locales/same-as-english.json')).json()) as Rules;

async function xliff(locale: Language) {
  const doc = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  const pieces = (element: Element | undefined) => {
    const out: string[] = [];
    let current = '';
    for (const node of element?.childNodes ?? []) {
      if (node.nodeType === Node.TEXT_NODE) current += node.textContent ?? '';
      else {
        out.push(current);
        current = '';
      }
    }
    out.push(current);
    return out.map((s) => s.trim()).filter((s) => /\p{L}{2}/u.test(s));
  };
  const units = [...doc.getElementsByTagName('trans-unit')];
  return {
    sources: units.flatMap((u) => pieces(u.getElementsByTagName('source')[0])),
    targets: units.map((u) => u.getElementsByTagName('target')[0]?.textContent ?? '').join('\n'),
  };
}

const catalogues = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await xliff(l)] as const))) as Record<
  Language,
  Awaited<ReturnType<typeof xliff>>
>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English fragments of ours a widget in `locale` must not show. */
function englishFragments(locale: Language): { text: string; pattern: RegExp }[] {
  const { sources, targets } = catalogues[locale];
  const allowed = new Set([...rules.languageNeutral, ...(rules.sameAsEnglish[locale] ?? [])]);
  return [...new Set(sources)]
    .filter((text) => !allowed.has(text) && !allowed.has(text.replace(/[:.]$/, '')))
    // A fragment the language also writes (a name, "PIN" in "PIN-kode") is not a leftover.
    .filter((text) => !new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u').test(targets))
    .map((text) => ({ text, pattern: new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u') }));
}
const fragments = Object.fromEntries(LANGUAGES.map((l) => [l, englishFragments(l)])) as Record<Language, { text: string; pattern: RegExp }[]>;

const ACCESSIBLE_TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

/** Everything a person sees or hears from the widget: text, accessible names, placeholders. */
function shownText(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script' && node.textContent?.trim()) out.push(node.textContent.trim());
      return;
    }
    if (node instanceof Element) {
      for (const attribute of ACCESSIBLE_TEXT_ATTRIBUTES) {
        const value = node.getAttribute(attribute);
        if (value?.trim()) out.push(value.trim());
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out;
}

// ---------------------------------------------------------------------------------------
// The widget.

afterEach(unmountAll);

async function open(tenant: string, options: { base?: string; lang?: Language } = {}): Promise<{ el: NordicLogin; base: string }> {
  const base = options.base ?? newSandbox();
  const el = await fixture<NordicLogin>(html`<nordic-login api-base=${base} tenant=${tenant} lang=${options.lang ?? 'da'}></nordic-login>`);
  return { el, base };
}

const actorOf = (el: NordicLogin) => el.actor!;
const send = (el: NordicLogin, event: LoginEvent) => actorOf(el).send(event);

async function at(el: NordicLogin, step: string, check: (s: ReturnType<ReturnType<typeof actorOf>['getSnapshot']>) => boolean = () => true) {
  await waitFor(actorOf(el), (s) => stepOf(s) === step && !isBusy(s) && check(s), { timeout: 10_000 });
  await el.updateComplete;
}

async function signInForm(el: NordicLogin) {
  await waitFor(actorOf(el), (s) => ['welcome', 'signIn'].includes(stepOf(s)) && !s.hasTag('busy'), { timeout: 10_000 });
  if (stepOf(actorOf(el).getSnapshot()) === 'welcome') send(el, { type: 'customer.existing' });
  await at(el, 'signIn');
  // A tenant that leads with BankID has its password form one step further.
  if (subStateOf(actorOf(el).getSnapshot()) === 'leading') send(el, { type: 'method.password' });
  await at(el, 'signIn');
}

async function speak(el: NordicLogin, locale: Language) {
  el.setAttribute('lang', locale);
  const controller = (el as unknown as { localeController?: LocaleController }).localeController;
  for (let i = 0; i < 100 && controller && controller.locale !== locale; i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

/** Shows the current step in each language: axe passes and no English of ours is left. */
async function checkInEveryLanguage(el: NordicLogin, label: string) {
  const snapshot = actorOf(el).getSnapshot();
  const where = `${label} (${stepOf(snapshot)}${subStateOf(snapshot) ? `.${subStateOf(snapshot)}` : ''})`;
  for (const locale of LANGUAGES) {
    await speak(el, locale);
    const texts = shownText(el.shadowRoot!);
    expect(texts.length, `${where} shows something`).to.be.greaterThan(0);
    const leftovers = fragments[locale].filter(({ pattern }) => texts.some((t) => pattern.test(t))).map(({ text }) => text);
    expect(leftovers, `${where} in ${locale} shows English: ${leftovers.join(' | ')}\n${texts.join(' | ')}`).to.deep.equal([]);
    await expect(el, `${where} in ${locale}`).to.be.accessible();
  }
}

// ---------------------------------------------------------------------------------------

describe('every step in Danish, Finnish, Norwegian and Swedish', () => {
  // First in this page: no catalogue has been loaded yet, so Swedish is on its way.
  it('shows no English while its language is on its way, and updateComplete waits for it', async () => {
    const el = document.createElement('nordic-login') as NordicLogin;
    el.setAttribute('api-base', newSandbox());
    el.setAttribute('tenant', 'demo');
    el.setAttribute('lang', 'sv');
    const seen = new Set<string>();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.append(el);
      const record = () => shownText(el.shadowRoot!).forEach((text) => seen.add(text));
      const observer = new MutationObserver(record);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      await el.updateComplete;
      record();
      const controller = (el as unknown as { localeController: LocaleController }).localeController;
      expect(controller.locale, 'updateComplete settled in Swedish').to.equal('sv');
      await waitFor(actorOf(el), (s) => stepOf(s) === 'welcome' && !s.hasTag('busy'), { timeout: 10_000 });
      await el.updateComplete;
      record();
      observer.disconnect();
      const leftovers = fragments.sv.filter(({ pattern }) => [...seen].some((t) => pattern.test(t))).map(({ text }) => text);
      expect(leftovers, [...seen].join(' | ')).to.deep.equal([]);
      expect([...seen].join(' '), 'the welcome step in Swedish').to.match(/Välkommen/);
    } finally {
      host.remove();
    }
  });

  slow('welcome and sign-in, with a wrong password and with field errors', async () => {
    const { el } = await open('demo');
    await at(el, 'welcome');
    await checkInEveryLanguage(el, 'welcome');
    send(el, { type: 'customer.existing' });
    await at(el, 'signIn');
    await checkInEveryLanguage(el, 'sign-in');
    send(el, { type: 'signIn.submit', identifier: 'anna@example.com', password: 'wrong-password', rememberMe: false });
    await at(el, 'signIn', (s) => s.context.error?.code === 'invalid_credentials');
    await checkInEveryLanguage(el, 'sign-in, wrong password');
    send(el, { type: 'signIn.submit', identifier: '', password: '', rememberMe: false });
    await at(el, 'signIn', (s) => s.context.error?.code === 'validation_failed');
    await checkInEveryLanguage(el, 'sign-in, empty fields');
  });

  slow("the sign-in identifier of each country, its hint and its errors", async () => {
    for (const [kind, country, wrong] of [
      ['personalNumber', 'DK', '3210826242'],
      ['personalNumber', 'NO', '01019000084'],
      ['personalNumber', 'SE', '811218-000'],
      ['personalNumber', 'FI', '131052-308U'],
      ['organisationNumber', 'NO', '12345'],
      ['organisationNumber', 'DK', '1015081'],
      ['organisationNumber', 'FI', '0244037-5'],
      ['organisationNumber', 'SE', '5560125791'],
      ['mobile', 'FI', '0301234'],
      ['customerNumber', 'SE', 'x'],
    ] as const) {
      const base = newSandbox();
      const el = await fixture<NordicLogin>(
        html`<nordic-login api-base=${base} tenant="demo" lang="da" .configOverrides=${{ identifier: { kind, country } }}></nordic-login>`,
      );
      await at(el, 'welcome');
      send(el, { type: 'customer.existing' });
      await at(el, 'signIn');
      await checkInEveryLanguage(el, `${kind} of ${country}`);
      send(el, { type: 'signIn.submit', identifier: '', password: '', rememberMe: false });
      await at(el, 'signIn', (s) => s.context.error?.code === 'validation_failed');
      await checkInEveryLanguage(el, `${kind} of ${country}, empty`);
      send(el, { type: 'signIn.submit', identifier: wrong, password: 'x', rememberMe: false });
      await at(el, 'signIn', (s) => s.context.error?.code === 'validation_failed' && s.context.fields.identifier === wrong);
      await checkInEveryLanguage(el, `${kind} of ${country}, ${wrong}`);
    }
  });

  it('keeps what the user typed when the language changes', async () => {
    const { el } = await open('hk');
    await signInForm(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=identifier]')!;
    input.value = 'kari@hk.example';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    for (const locale of [...LANGUAGES, 'en'] as const) {
      el.setAttribute('lang', locale);
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=identifier]')?.value, locale).to.equal('kari@hk.example');
    }
  });

  it('marks its content with the language it speaks, and says a standing error again in a new language', async () => {
    const { el } = await open('demo', { lang: 'sv' });
    await signInForm(el);
    const frame = () => el.shadowRoot!.querySelector('[part=base]')!;
    expect(frame().getAttribute('lang')).to.equal('sv');
    send(el, { type: 'signIn.submit', identifier: 'anna@example.com', password: 'wrong-password', rememberMe: false });
    await at(el, 'signIn', (s) => s.context.error?.code === 'invalid_credentials');
    const alert = () => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim();
    const swedish = alert();
    expect(swedish).to.not.equal('');
    await speak(el, 'nb');
    expect(frame().getAttribute('lang')).to.equal('nb');
    expect(alert()).to.not.equal('');
    expect(alert(), 'the live region speaks Norwegian now').to.not.equal(swedish);
    expect(alert()).to.equal(el.shadowRoot!.querySelector('[part=error]')!.textContent!.trim());
  });

  for (const flow of [
    'activation',
    'verifyAndCreate',
    'mobileRegistration',
    'customerNumberRegistration',
    'forgotCustomerNumber',
    'emailRegistration',
    'passwordLink',
    'forgotPassword',
  ] as const) {
    slow(`the ${flow} form, empty and sent empty`, async () => {
      const { el } = await open('demo');
      await signInForm(el);
      send(el, { type: 'flow.start', flow });
      await at(el, flow);
      await checkInEveryLanguage(el, flow);
      const form = el.shadowRoot!.querySelector('form');
      form?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await at(el, flow, (s) => Boolean(s.context.error));
      await checkInEveryLanguage(el, `${flow}, sent empty`);
    });
  }

  slow('the code step: e-mailed code, wrong code, locked after too many', async () => {
    const { el } = await open('demo');
    await signInForm(el);
    send(el, { type: 'flow.start', flow: 'forgotPassword' });
    await at(el, 'forgotPassword');
    send(el, { type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    await at(el, 'code');
    await checkInEveryLanguage(el, 'code by e-mail');
    send(el, { type: 'code.submit', code: '000000' });
    await at(el, 'code', (s) => s.context.error?.code === 'code_invalid');
    await checkInEveryLanguage(el, 'wrong code');
    for (let i = 0; i < 6 && subStateOf(actorOf(el).getSnapshot()) !== 'locked'; i++) {
      const seq = actorOf(el).getSnapshot().context.error?.seq ?? 0;
      send(el, { type: 'code.submit', code: '000000' });
      await at(el, 'code', (s) => (s.context.error?.seq ?? 0) > seq);
    }
    await checkInEveryLanguage(el, 'code, too many attempts');
  });

  slow('the code step by SMS and the resend countdown', async () => {
    const { el } = await open('demo');
    await signInForm(el);
    send(el, { type: 'signIn.submit', identifier: 'nils@example.com', password: PASSWORD, rememberMe: false });
    await at(el, 'code');
    send(el, { type: 'code.resend' });
    await at(el, 'code');
    await checkInEveryLanguage(el, 'code by SMS, resend cooling down');
  });

  slow('choosing a password, with a policy error and different passwords', async () => {
    const { el, base } = await open('demo');
    await signInForm(el);
    send(el, { type: 'flow.start', flow: 'forgotPassword' });
    await at(el, 'forgotPassword');
    send(el, { type: 'forgotPassword.submit', identifier: 'anna@example.com' });
    await at(el, 'code');
    send(el, { type: 'code.submit', code: await mock.lastCode(base) });
    await at(el, 'setPassword');
    await checkInEveryLanguage(el, 'set password');
    send(el, { type: 'password.submit', password: 'short', confirm: 'other' });
    await at(el, 'setPassword', (s) => Boolean(s.context.error));
    await checkInEveryLanguage(el, 'set password, refused');
  });

  slow('check your inbox, and contact customer service', async () => {
    const { el } = await open('demo');
    await signInForm(el);
    send(el, { type: 'flow.start', flow: 'passwordLink' });
    await at(el, 'passwordLink');
    send(el, { type: 'passwordLink.submit', customerNumber: '445566' });
    await at(el, 'checkInbox');
    await checkInEveryLanguage(el, 'check inbox');
    send(el, { type: 'back' });
    await signInForm(el);
    send(el, { type: 'flow.start', flow: 'mobileRegistration' });
    await at(el, 'mobileRegistration');
    send(el, { type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '40000000', birthDate: '1990-01-01' });
    await at(el, 'contactSupport');
    await checkInEveryLanguage(el, 'contact customer service');
  });

  it('sign-in led by BankID, and the choice of registration flows', async () => {
    const { el } = await open('minasidor');
    await at(el, 'signIn', (s) => subStateOf(s) === 'leading');
    await checkInEveryLanguage(el, 'sign-in led by BankID');
    send(el, { type: 'register.open' });
    await at(el, 'register');
    await checkInEveryLanguage(el, 'register');
  });

  it('adding a phone number', async () => {
    const { el } = await open('nokas');
    await signInForm(el);
    send(el, { type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
    await at(el, 'enrolPhone');
    await checkInEveryLanguage(el, 'enrol phone');
  });

  it('a link that does not work', async () => {
    history.replaceState(null, '', `${location.pathname}?nl-link=demo-expired-link`);
    const { el } = await open('minasidor');
    await at(el, 'linkFailed');
    await checkInEveryLanguage(el, 'expired link');
  });

  slow('BankID: the QR code, on this device, failed, choosing after a cancel', async () => {
    const { el, base } = await open('minasidor');
    await mock.knobs(base, { bankid: 'userCancel' });
    await signInForm(el);
    send(el, { type: 'method.bankid' });
    await at(el, 'bankid', (s) => Boolean(orderOf(s)?.qrData));
    await checkInEveryLanguage(el, 'BankID, QR code');
    send(el, { type: 'bankid.start', device: 'same' });
    await at(el, 'bankid', (s) => Boolean(orderOf(s)?.launchUrl));
    await checkInEveryLanguage(el, 'BankID, this device');
    await mock.clock(base, 20);
    await at(el, 'bankid', (s) => subStateOf(s) === 'failed');
    await checkInEveryLanguage(el, 'BankID, cancelled');
    send(el, { type: 'bankid.start', device: 'other' });
    await at(el, 'bankid', (s) => Boolean(orderOf(s)?.qrData));
    send(el, { type: 'bankid.cancel' });
    await at(el, 'bankid', (s) => subStateOf(s) === 'choosing');
    await checkInEveryLanguage(el, 'BankID, choose device');
  });

  it('signed in', async () => {
    const { el } = await open('hk');
    await signInForm(el);
    send(el, { type: 'signIn.submit', identifier: 'anna@example.com', password: PASSWORD, rememberMe: false });
    await at(el, 'signedIn');
    await checkInEveryLanguage(el, 'signed in');
  });

  slow('the service cannot be reached', async () => {
    const base = newSandbox();
    await mock.knobs(base, { fail: { getConfig: 'service_unavailable' } });
    const { el } = await open('demo', { base });
    await at(el, 'unavailable');
    await checkInEveryLanguage(el, 'unavailable');
  });

  it("an integrator's own words replace texts, named by English text or id, without a rebuild", async () => {
    const { el } = await open('hk', { lang: 'nb' });
    await signInForm(el);
    const heading = () => el.shadowRoot!.querySelector('#nl-heading')?.textContent?.trim();
    const button = () => el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim();
    expect(button()).to.equal('Logg inn');
    const signInId = [...new DOMParser().parseFromString(await (await fetch('/locales/nb.xlf')).text(), 'application/xml').getElementsByTagName('trans-unit')]
      .find((u) => u.getElementsByTagName('source')[0]?.textContent === 'Sign in')!
      .getAttribute('id')!;
    el.texts = { no: { 'Sign in to {0}': 'Velkommen til {0}' }, nb: { [signInId]: 'Logg på' } };
    await el.updateComplete;
    expect(heading()).to.match(/^Velkommen til \S/);
    expect(button()).to.equal('Logg på');
    el.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(button(), 'the words are per language').to.equal('Logga in');
  });

  it('works on a page whose own Lit code configured @lit/localize in another language', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { s5e27738a2e8eb763: 'Anmelden' } }),
    });
    await setLocale('de');
    const { el } = await open('hk', { lang: 'nb' });
    await signInForm(el);
    expect(el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim()).to.equal('Logg inn');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim()).to.equal('Sign in');
  });

  it('two widgets in different languages on one page each show their own', async () => {
    const [da, sv] = await Promise.all([open('hk', { lang: 'da' }), open('minasidor', { lang: 'sv' })]);
    await Promise.all([signInForm(da.el), signInForm(sv.el)]);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([da.el.updateComplete, sv.el.updateComplete]);
    const button = (el: NordicLogin) => el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim();
    expect(button(da.el)).to.equal('Log ind');
    expect(button(sv.el)).to.equal('Logga in');
    // A re-render of one does not leak its language into the other.
    da.el.requestUpdate();
    await da.el.updateComplete;
    sv.el.requestUpdate();
    await sv.el.updateComplete;
    expect(button(da.el)).to.equal('Log ind');
    expect(button(sv.el)).to.equal('Logga in');
  });
});
