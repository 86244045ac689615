/*
 * Every step of <nordic-login>, reached against the mock and then shown in Danish,
 * Finnish, Norwegian and Swedish in turn (a language switch at run time): axe finds nothing
 * wrong, and no English text of ours is left on screen or in an accessible name.
 */
import { expect, html } from '@open-wc/testing';
import { mount as fixture, unmountAll } from './mount.js';
import { slow } from './slow.js';
import { configureLocalization } from '@lit/localize';
import '../../src/index.js';
import type { NordicLogin } from '../../src/nordic-login.js';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import type { ConfigOverrides } from '../../src/shell/overrides.js';
import { newSandbox } from '../support/mock.js';
import { orderOf, positionOf, contextOf } from '../support/state.js';
import { land, openAt, type Opening, type StepName } from '../support/steps.js';
import { Widget } from '../support/widget.js';

const LANGUAGES = ['da', 'fi', 'nb', 'sv'] as const;
type Language = (typeof LANGUAGES)[number];

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

/** A widget in Danish (or `lang`) brought to `step` of the harness (test/support/steps.ts). */
function open(step: StepName, options: Opening & { lang?: Language; configOverrides?: ConfigOverrides } = {}): Promise<Widget> {
  return openAt(step, options, async (base, tenant) => {
    const el = await fixture<NordicLogin>(
      html`<nordic-login api-base=${base} tenant=${tenant} lang=${options.lang ?? 'da'} .configOverrides=${options.configOverrides}></nordic-login>`,
    );
    return new Widget(el, base);
  });
}

async function speak(el: NordicLogin, locale: Language) {
  el.setAttribute('lang', locale);
  const controller = (el as unknown as { localeController?: LocaleController }).localeController;
  for (let i = 0; i < 100 && controller && controller.locale !== locale; i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

/** Shows the current step in each language: axe passes and no English of ours is left. */
async function checkInEveryLanguage({ el, snapshot }: Widget, label: string) {
  const where = `${label} (${positionOf(snapshot)})`;
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
      await new Widget(el, el.apiBase).at('welcome');
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
    const w = await open('F11.welcome', { tenant: 'demo' });
    await checkInEveryLanguage(w, 'welcome');
    w.send({ type: 'customer.existing' });
    await w.at('signIn');
    await checkInEveryLanguage(w, 'sign-in');
    w.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: 'wrong-password', rememberMe: false });
    await w.atError('invalid_credentials', 'signIn');
    await checkInEveryLanguage(w, 'sign-in, wrong password');
    w.send({ type: 'signIn.submit', identifier: '', password: '', rememberMe: false });
    await w.atError('validation_failed', 'signIn');
    await checkInEveryLanguage(w, 'sign-in, empty fields');
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
      const w = await open('F1.form', { configOverrides: { identifier: { kind, country } } });
      await checkInEveryLanguage(w, `${kind} of ${country}`);
      w.send({ type: 'signIn.submit', identifier: '', password: '', rememberMe: false });
      await w.atError('validation_failed', 'signIn');
      await checkInEveryLanguage(w, `${kind} of ${country}, empty`);
      w.send({ type: 'signIn.submit', identifier: wrong, password: 'x', rememberMe: false });
      await w.at('signIn', { when: (s) => contextOf(s).error?.code === 'validation_failed' && contextOf(s).fields.identifier === wrong });
      await checkInEveryLanguage(w, `${kind} of ${country}, ${wrong}`);
    }
  });

  it('keeps what the user typed when the language changes', async () => {
    const { el } = await open('F1.form', { tenant: 'hk' });
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
    const w = await open('F1.form', { lang: 'sv' });
    const { el } = w;
    const frame = () => el.shadowRoot!.querySelector('[part=base]')!;
    expect(frame().getAttribute('lang')).to.equal('sv');
    w.send({ type: 'signIn.submit', identifier: 'anna@example.com', password: 'wrong-password', rememberMe: false });
    await w.atError('invalid_credentials', 'signIn');
    const alert = () => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim();
    const swedish = alert();
    expect(swedish).to.not.equal('');
    await speak(el, 'nb');
    expect(frame().getAttribute('lang')).to.equal('nb');
    expect(alert()).to.not.equal('');
    expect(alert(), 'the live region speaks Norwegian now').to.not.equal(swedish);
    expect(alert()).to.equal(el.shadowRoot!.querySelector('[part=error]')!.textContent!.trim());
  });

  for (const [flow, step] of [
    ['activation', 'F2.form'],
    ['verifyAndCreate', 'F3.form'],
    ['mobileRegistration', 'F4.form'],
    ['customerNumberRegistration', 'F5.form'],
    ['forgotCustomerNumber', 'F6.form'],
    ['emailRegistration', 'F7a.form'],
    ['passwordLink', 'F7b.form'],
    ['forgotPassword', 'F12.form'],
  ] as const) {
    slow(`the ${flow} form, empty and sent empty`, async () => {
      // The demo tenant offers every flow.
      const w = await open(step, { tenant: 'demo' });
      await checkInEveryLanguage(w, flow);
      const form = w.root.querySelector('form');
      form?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await w.at(flow, { when: (s) => Boolean(contextOf(s).error) });
      await checkInEveryLanguage(w, `${flow}, sent empty`);
    });
  }

  slow('the code step: e-mailed code, wrong code, locked after too many', async () => {
    const w = await open('F12.code');
    await checkInEveryLanguage(w, 'code by e-mail');
    w.send({ type: 'code.submit', code: '000000' });
    await w.atError('code_invalid', 'code');
    await checkInEveryLanguage(w, 'wrong code');
    for (let i = 0; i < 6 && w.sub !== 'locked'; i++) {
      const seq = contextOf(w.snapshot).error?.seq ?? 0;
      w.send({ type: 'code.submit', code: '000000' });
      await w.at('code', { when: (s) => (contextOf(s).error?.seq ?? 0) > seq });
    }
    await checkInEveryLanguage(w, 'code, too many attempts');
  });

  slow('the code step by SMS and the resend countdown', async () => {
    const w = await open('F1.code');
    w.send({ type: 'code.resend' });
    await w.at('code');
    await checkInEveryLanguage(w, 'code by SMS, resend cooling down');
  });

  slow('choosing a password, with a policy error and different passwords', async () => {
    const w = await open('F12.setPassword');
    await checkInEveryLanguage(w, 'set password');
    w.send({ type: 'password.submit', password: 'short', confirm: 'other' });
    await w.at('setPassword', { when: (s) => Boolean(contextOf(s).error) });
    await checkInEveryLanguage(w, 'set password, refused');
  });

  slow('check your inbox, and contact customer service', async () => {
    await checkInEveryLanguage(await open('F7b.checkInbox', { tenant: 'demo' }), 'check inbox');
    await checkInEveryLanguage(await open('F4.contactSupport', { tenant: 'demo' }), 'contact customer service');
  });

  it('sign-in led by BankID, and the choice of registration flows', async () => {
    const w = await open('F1.leading');
    await checkInEveryLanguage(w, 'sign-in led by BankID');
    w.send({ type: 'register.open' });
    await w.at('register');
    await checkInEveryLanguage(w, 'register');
  });

  it('adding a phone number', async () => {
    await checkInEveryLanguage(await open('F1.enrolPhone'), 'enrol phone');
  });

  it('a link that does not work', async () => {
    land({ 'nl-link': 'demo-expired-link' });
    const w = await open('start', { tenant: 'minasidor' });
    await w.at('linkFailed');
    await checkInEveryLanguage(w, 'expired link');
  });

  slow('BankID: the QR code, on this device, failed, choosing after a cancel', async () => {
    const w = await open('F8.qr', { knobs: { bankid: 'userCancel' } });
    await checkInEveryLanguage(w, 'BankID, QR code');
    w.send({ type: 'bankid.start', device: 'same' });
    await w.at('bankid', { when: (s) => Boolean(orderOf(s)?.launchUrl) });
    await checkInEveryLanguage(w, 'BankID, this device');
    await w.clock(20);
    await w.at('bankid', 'failed');
    await checkInEveryLanguage(w, 'BankID, cancelled');
    w.send({ type: 'bankid.start', device: 'other' });
    await w.at('bankid', { when: (s) => Boolean(orderOf(s)?.qrData) });
    w.send({ type: 'bankid.cancel' });
    await w.at('bankid', 'choosing');
    await checkInEveryLanguage(w, 'BankID, choose device');
  });

  it('signed in', async () => {
    await checkInEveryLanguage(await open('F1.signedIn', { tenant: 'hk' }), 'signed in');
  });

  slow('the service cannot be reached', async () => {
    await checkInEveryLanguage(await open('F10.unavailable'), 'unavailable');
  });

  it("an integrator's own words replace texts, named by English text or id, without a rebuild", async () => {
    const { el } = await open('F1.form', { tenant: 'hk', lang: 'nb' });
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
    const { el } = await open('F1.form', { tenant: 'hk', lang: 'nb' });
    expect(el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim()).to.equal('Logg inn');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form button[type=submit]')?.textContent?.trim()).to.equal('Sign in');
  });

  it('two widgets in different languages on one page each show their own', async () => {
    const [da, sv] = await Promise.all([open('F1.form', { tenant: 'hk', lang: 'da' }), open('F1.form', { tenant: 'minasidor', lang: 'sv' })]);
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
