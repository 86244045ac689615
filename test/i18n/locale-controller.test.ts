import { expect, html as fhtml, waitUntil } from '@open-wc/testing';
import { mount as fixture, unmountAll as fixtureCleanup } from './mount.js';
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { map } from 'lit/directives/map.js';
import { configureLocalization } from '@lit/localize';
import { LocaleController, matchLocale, resolveLocale, type TextOverrides } from '../../src/i18n/locale-controller.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { msg, str, withTemplates } from '../../src/i18n/msg.js';
import { formatDuration, formatList, formatNumber, plural } from '../../src/i18n/format.js';

/*
 * A stand-in for <nordic-login>: the controller and msg() the way the element uses
 * them, with two of the widget's own messages, whose translations integrator texts
 * replace (named once by message id, once by English text).
 */
const SIGN_IN = generateMsgId('Sign in', false);
const ATTEMPTS = 'The code is not right. You can try {0} more times.';
class I18nProbe extends LitElement {
  static override properties = { texts: { attribute: false }, locale: { reflect: false } };
  texts?: TextOverrides;
  locale?: string;
  readonly i18n = new LocaleController(this);
  renders = 0;

  protected override createRenderRoot() {
    return this;
  }

  override render() {
    this.renders++;
    return withTemplates(
      this.i18n.templates,
      () => html`<p class="greeting">${msg('Sign in')}</p>
        <p class="count">${msg(str`The code is not right. You can try ${3} more times.`)}</p>
        <input class="typed" />`,
    );
  }
}
customElements.define('i18n-probe', I18nProbe);

/** A view without withTemplates(), with texts that directives produce after render() returns. */
class I18nBareProbe extends LitElement {
  static override properties = { texts: { attribute: false } };
  texts?: TextOverrides;
  readonly i18n = new LocaleController(this);

  protected override createRenderRoot() {
    return this;
  }

  override render() {
    return html`<p class="greeting">${msg('Sign in')}</p>
      <ul>${repeat([1], (n) => n, () => html`<li class="repeated">${msg('Sign in')}</li>`)}</ul>
      <ul>${map([1], () => html`<li class="mapped">${msg('Sign in')}</li>`)}</ul>`;
  }
}
customElements.define('i18n-bare-probe', I18nBareProbe);

const overrides: TextOverrides = {
  da: { [SIGN_IN]: 'Hej', [ATTEMPTS]: 'Du har {0} forsøg tilbage' },
  nb: { [SIGN_IN]: 'Hei', [ATTEMPTS]: 'Du har {0} forsøk igjen' },
  sv: { [SIGN_IN]: 'Hej!', [ATTEMPTS]: 'Du har {0} försök kvar' },
};

async function settled(el: I18nProbe) {
  await el.i18n.ready;
  await el.updateComplete;
}

const text = (el: Element, selector: string) => el.querySelector(selector)?.textContent?.trim();

describe('language resolution', () => {
  const originalLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    fixtureCleanup();
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  it('maps language tags to the five languages; no and nn are Bokmål; others are unknown', () => {
    expect(matchLocale('da')).to.equal('da');
    expect(matchLocale('da-DK')).to.equal('da');
    expect(matchLocale('sv_FI')).to.equal('sv');
    expect(matchLocale('nb-NO')).to.equal('nb');
    expect(matchLocale('no')).to.equal('nb');
    expect(matchLocale('nn-NO')).to.equal('nb');
    expect(matchLocale('NO')).to.equal('nb');
    expect(matchLocale('en-US')).to.equal('en');
    expect(matchLocale('fi')).to.equal('fi');
    expect(matchLocale('fi-FI')).to.equal('fi');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('prefers the locale attribute, then lang, then the nearest ancestor, then the browser', async () => {
    document.documentElement.setAttribute('lang', 'sv');
    const wrap = await fixture<HTMLDivElement>(fhtml`<div lang="nn"><span><i18n-probe></i18n-probe></span></div>`);
    const el = wrap.querySelector('i18n-probe')!;
    expect(resolveLocale(el)).to.equal('nb'); // ancestor before <html>
    el.setAttribute('lang', 'da');
    expect(resolveLocale(el)).to.equal('da'); // own lang before ancestors
    el.setAttribute('locale', 'sv-SE');
    expect(resolveLocale(el)).to.equal('sv'); // locale before lang
    el.setAttribute('locale', 'de');
    expect(resolveLocale(el)).to.equal('en'); // unknown -> English, not the next source
    el.removeAttribute('locale');
    el.removeAttribute('lang');
    wrap.removeAttribute('lang');
    expect(resolveLocale(el)).to.equal('sv'); // the page
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el, ['de-DE', 'no', 'sv'])).to.equal('nb'); // first the widget speaks
    expect(resolveLocale(el, ['de-DE', 'fr'])).to.equal('en');
    expect(resolveLocale(el, [])).to.equal('en');
  });

  it('finds the lang of an ancestor across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(fhtml`<div lang="da"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><i18n-probe></i18n-probe></section>';
    const el = shadow.querySelector('i18n-probe') as I18nProbe;
    expect(resolveLocale(el)).to.equal('da');
    await settled(el);
    expect(el.i18n.locale).to.equal('da');
  });
});

describe('LocaleController', () => {
  const originalLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    fixtureCleanup();
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  it('loads the catalogue of its language and exposes it with the language', async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="sv"></i18n-probe>`);
    await settled(el);
    const sv = await import('../../src/i18n/generated/sv.js');
    expect(el.i18n.locale).to.equal('sv');
    expect(el.i18n.templates).to.equal(sv.templates);
  });

  it("imports a catalogue relative to the controller's own module, not to the page", async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="nb"></i18n-probe>`);
    await settled(el);
    const controllerUrl = new URL('../../src/i18n/locale-controller.js', import.meta.url);
    const expected = new URL('./generated/nb', controllerUrl).href;
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/generated/nb'));
    expect(requested.length, 'the Norwegian catalogue was fetched').to.be.greaterThan(0);
    expect(requested.every((name) => name.startsWith(expected)), requested.join(', ')).to.equal(true);
    expect(new URL(expected).pathname).to.equal('/src/i18n/generated/nb');
  });

  it('loads English as a catalogue like any language, and has none before it arrives', async () => {
    const el = document.createElement('i18n-probe') as I18nProbe;
    el.lang = 'en-GB';
    expect(el.i18n.templates).to.equal(undefined);
    document.body.append(el);
    try {
      await settled(el);
      expect(el.i18n.locale).to.equal('en');
      expect(el.i18n.templates?.[generateMsgId('Send code', false)]).to.equal('Send code');
      expect(text(el, '.greeting')).to.equal('Sign in');
    } finally {
      el.remove();
    }
  });

  it('lays integrator texts over the catalogue, with placeholders, and follows changes without a rebuild', async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="da" .texts=${overrides}></i18n-probe>`);
    await settled(el);
    expect(text(el, '.greeting')).to.equal('Hej');
    expect(text(el, '.count')).to.equal('Du har 3 forsøg tilbage');
    el.texts = { ...overrides, da: { [SIGN_IN]: 'Goddag' } };
    await el.updateComplete;
    expect(text(el, '.greeting')).to.equal('Goddag');
    expect(text(el, '.count')).to.equal('Koden er forkert. Du har 3 forsøg tilbage.');
    el.texts = { en: { 'Sign in': 'Welcome' } };
    el.setAttribute('lang', 'en');
    await settled(el);
    expect(text(el, '.greeting')).to.equal('Welcome');
  });

  it('reads texts given for no/nn as Norwegian Bokmål', async () => {
    const el = await fixture<I18nProbe>(
      fhtml`<i18n-probe lang="nn" .texts=${{ no: { [SIGN_IN]: 'Hallo' } }}></i18n-probe>`,
    );
    await settled(el);
    expect(el.i18n.locale).to.equal('nb');
    expect(text(el, '.greeting')).to.equal('Hallo');
  });

  it('writes only keys that name a message of ours: an unknown id or English text changes nothing', async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="da"></i18n-probe>`);
    await settled(el);
    const before = { ...el.i18n.templates };
    el.texts = { da: { sffffffffffffffff: 'X', [SIGN_IN.replace(/.$/, (c) => (c === '0' ? '1' : '0'))]: 'Y', 'Sign inn': 'Z', [SIGN_IN]: 'Hej' } };
    await settled(el);
    const changed = Object.keys(before).filter((key) => el.i18n.templates?.[key] !== before[key]);
    expect(changed).to.deep.equal([SIGN_IN]);
    expect(Object.keys(el.i18n.templates ?? {})).to.have.length(Object.keys(before).length);
  });

  it("follows the page's <html lang> while connected, and stops when disconnected", async () => {
    document.documentElement.setAttribute('lang', 'da');
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe .texts=${overrides}></i18n-probe>`);
    await settled(el);
    expect(text(el, '.greeting')).to.equal('Hej');
    document.documentElement.setAttribute('lang', 'nb');
    await waitUntil(() => el.i18n.locale === 'nb', 'switches to Norwegian');
    await el.updateComplete;
    expect(text(el, '.greeting')).to.equal('Hei');

    const parent = el.parentElement!;
    el.remove();
    document.documentElement.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.i18n.locale).to.equal('nb');
    parent.append(el); // reconnecting looks again
    await waitUntil(() => el.i18n.locale === 'sv', 'switches to Swedish on reconnect');
  });

  it('follows its own lang and locale attributes', async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="da" .texts=${overrides}></i18n-probe>`);
    await settled(el);
    el.setAttribute('lang', 'sv');
    await waitUntil(() => el.i18n.locale === 'sv');
    await el.updateComplete;
    expect(text(el, '.greeting')).to.equal('Hej!');
    el.locale = 'no'; // a reactive property, as the element may declare it
    el.setAttribute('locale', 'no');
    await waitUntil(() => el.i18n.locale === 'nb');
    await el.updateComplete;
    expect(text(el, '.greeting')).to.equal('Hei');
  });

  it('keeps what the user typed when the language changes', async () => {
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="da" .texts=${overrides}></i18n-probe>`);
    await settled(el);
    const input = el.querySelector<HTMLInputElement>('.typed')!;
    input.value = 'kunde@example.com';
    el.setAttribute('lang', 'sv');
    await waitUntil(() => el.i18n.locale === 'sv');
    await el.updateComplete;
    expect(el.querySelector('.typed')).to.equal(input);
    expect(input.value).to.equal('kunde@example.com');
  });

  it('two widgets in different languages on one page each show their own', async () => {
    const wrap = await fixture<HTMLDivElement>(fhtml`<div lang="sv">
      <i18n-probe class="a" lang="da" .texts=${overrides}></i18n-probe>
      <i18n-probe class="b" .texts=${overrides}></i18n-probe>
      <i18n-probe class="c" lang="en" .texts=${overrides}></i18n-probe>
    </div>`);
    const [a, b, c] = [...wrap.querySelectorAll<I18nProbe>('i18n-probe')] as [I18nProbe, I18nProbe, I18nProbe];
    await Promise.all([settled(a), settled(b), settled(c)]);
    expect(text(a, '.greeting')).to.equal('Hej');
    expect(text(b, '.greeting')).to.equal('Hej!');
    expect(text(c, '.greeting')).to.equal('Sign in');
    // Re-rendering one in between does not leak its catalogue into the others.
    a.requestUpdate();
    await a.updateComplete;
    c.requestUpdate();
    await c.updateComplete;
    expect(text(c, '.greeting')).to.equal('Sign in');
  });

  it('gives msg() the catalogue for the whole update, also to directives, and only then', async () => {
    const wrap = await fixture<HTMLDivElement>(fhtml`<div>
      <i18n-bare-probe lang="sv" .texts=${overrides}></i18n-bare-probe>
      <i18n-bare-probe lang="nb" .texts=${overrides}></i18n-bare-probe>
    </div>`);
    const [sv, nb] = [...wrap.querySelectorAll<I18nBareProbe>('i18n-bare-probe')] as [I18nBareProbe, I18nBareProbe];
    await Promise.all([sv.i18n.ready, nb.i18n.ready]);
    await Promise.all([sv.updateComplete, nb.updateComplete]);
    for (const selector of ['.greeting', '.repeated', '.mapped']) {
      expect(text(sv, selector), selector).to.equal('Hej!');
      expect(text(nb, selector), selector).to.equal('Hei');
    }
    expect(msg('Sign in')).to.equal('Sign in');
  });

  it('works on a page that configured @lit/localize for itself', async () => {
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { 'probe.hello': 'Hola' } }),
    });
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    const el = await fixture<I18nProbe>(fhtml`<i18n-probe lang="nb" .texts=${overrides}></i18n-probe>`);
    await settled(el);
    expect(text(el, '.greeting')).to.equal('Hei');
    const en = await fixture<I18nProbe>(fhtml`<i18n-probe lang="en"></i18n-probe>`);
    await settled(en);
    expect(text(en, '.greeting')).to.equal('Sign in');
  });
});

describe('format', () => {
  it('chooses the plural form by the language', () => {
    const forms = (n: number) => ({ one: () => `${n} second`, other: () => `${n} seconds` });
    for (const locale of ['en', 'da', 'nb', 'sv'] as const) {
      expect(plural(locale, 1, forms(1))).to.equal('1 second');
      expect(plural(locale, 0, forms(0))).to.equal('0 seconds');
      expect(plural(locale, 30, forms(30))).to.equal('30 seconds');
    }
    expect(plural('sv', 1, { other: () => 'x' })).to.equal('x');
  });

  it('writes numbers, durations and lists as each language does', () => {
    expect(formatNumber('da', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('sv', 1234.5).replace(/\s/g, ' ')).to.equal('1 234,5');
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatDuration('en', 600)).to.equal('10 minutes');
    expect(formatDuration('da', 600)).to.equal('10 minutter');
    expect(formatDuration('nb', 600)).to.equal('10 minutter');
    expect(formatDuration('sv', 600)).to.equal('10 minuter');
    expect(formatDuration('sv', 90)).to.equal('1 minut och 30 sekunder');
    expect(formatDuration('da', 1)).to.equal('1 sekund');
    expect(formatDuration('en', 0.2)).to.equal('1 second');
    expect(formatList('nb', ['a', 'b', 'c'])).to.equal('a, b og c');
    expect(formatList('sv', ['a', 'b'], 'disjunction')).to.equal('a eller b');
  });
});
