/*
 * The Nordic eIDs a broker offers have their owners' buttons (../shared/BANKID.md, brand
 * rules): the approved words for the page's language (English where the owner approves
 * none in it), the owners' colours, height, corners and type. The words are the owners',
 * fixed, not translations: they are not in the catalogues, and carry their own lang.
 */
import { html, type TemplateResult } from 'lit';
import type { IdentityProvider } from '../api/types.js';
import type { Locale } from '../i18n/locale-controller.js';
import { msg, str } from '../i18n/msg.js';
import type { Send } from './view.js';

type Brand = NonNullable<IdentityProvider['brand']>;

const APPROVED: Partial<Record<Brand, { lang: Locale; label: string }[]>> = {
  mitid: [
    { lang: 'da', label: 'Log ind med MitID' }, // i18n-ignore
    { lang: 'en', label: 'Log on with MitID' }, // i18n-ignore
  ],
  'bankid-no': [
    { lang: 'nb', label: 'Logg inn med BankID' }, // i18n-ignore
    { lang: 'en', label: 'Log in with BankID' }, // i18n-ignore
  ],
};

/** The approved label in the page's language, else in English. */
function approved(brand: Brand, locale: Locale): { lang: Locale; label: string } | undefined {
  const labels = APPROVED[brand];
  return labels?.find((l) => l.lang === locale) ?? labels?.find((l) => l.lang === 'en');
}

/**
 * The button of one identity provider. Swedish BankID, when the page also offers the
 * Norwegian one, names its country, so the two cannot be taken for each other.
 */
export function providerButton(provider: IdentityProvider, locale: Locale, send: Send, withNorwegianBankId: boolean): TemplateResult {
  const brand = provider.brand ?? 'generic';
  const start = () => send({ type: 'idp.start', providerId: provider.id });
  const owned = approved(brand, locale);
  if (owned) {
    return html`<button type="button" class="method eid ${brand}" part="button method-button ${brand}-button" lang=${owned.lang} @click=${start}>
      ${owned.label}
    </button>`;
  }
  if (brand === 'bankid-se') {
    return html`<button type="button" class="method bankid" part="button method-button bankid-button" @click=${start}>
      ${swedishBankIdLabel(withNorwegianBankId)}
    </button>`;
  }
  return html`<button type="button" class="method" part="button method-button" @click=${start}>${msg(str`Continue with ${provider.name}`)}</button>`;
}

/** The Swedish BankID method's words: its country named beside Norwegian BankID. */
export const swedishBankIdLabel = (withNorwegianBankId: boolean): string =>
  withNorwegianBankId ? msg('Swedish BankID') : msg('Mobile BankID');

export const offersNorwegianBankId = (providers: readonly IdentityProvider[]): boolean => providers.some((p) => p.brand === 'bankid-no');
