/*
 * Every error code, every field check and every BankID message has its own text in
 * Danish, Finnish, Norwegian and Swedish (and in English, the source), with plurals and
 * durations in the language's own form.
 */
import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '../../src/api/errors.js';
import type { BankIdMessageKey } from '../../src/flows/bankid/bankid-messages.js';
import type { ErrorInfo } from '../../src/shell/types.js';
import { withTemplates } from '../../src/i18n/msg.js';
import type { Locale } from '../../src/i18n/locale-controller.js';
import { errorText, fieldText } from '../../src/ui/error-messages.js';
import { bankIdText } from '../../src/flows/bankid/bankid-texts.js';

const catalogues = {
  en: undefined,
  da: (await import('../../src/i18n/generated/da.js')).templates,
  fi: (await import('../../src/i18n/generated/fi.js')).templates,
  nb: (await import('../../src/i18n/generated/nb.js')).templates,
  sv: (await import('../../src/i18n/generated/sv.js')).templates,
};
const rules = (await (await fetch('/locales/same-as-english.json')).json()) as { sameAsEnglish: Record<string, string[]> };
const NORDIC = ['da', 'fi', 'nb', 'sv'] as const;

const inLanguage = <T>(locale: Locale, render: () => T): T => withTemplates(catalogues[locale], render);

/** Each language's text differs from the English one (a translation exists) and is not empty. */
function expectTranslated(what: string, render: (locale: Locale) => string) {
  const english = inLanguage('en', () => render('en'));
  expect(english.trim(), `${what} in English`).not.to.equal('');
  for (const locale of NORDIC) {
    const text = inLanguage(locale, () => render(locale));
    expect(text.trim(), `${what} in ${locale}`).not.to.equal('');
    if (!(rules.sameAsEnglish[locale] ?? []).includes(english)) {
      expect(text, `${what} in ${locale} is still English`).not.to.equal(english);
    }
  }
}

const NOW = Date.UTC(2026, 4, 12, 12, 0, 0);
const error = (code: ErrorInfo['code'], extra: Partial<ErrorInfo> = {}): ErrorInfo => ({ code, seq: 1, ...extra });

const BANKID_KEYS: BankIdMessageKey[] = [
  'rfa1', 'rfa3', 'rfa4', 'rfa5', 'rfa6', 'rfa8', 'rfa9', 'rfa13', 'rfa15a', 'rfa15b', 'rfa16', 'rfa17a', 'rfa17b',
  'rfa21', 'rfa22', 'rfa23', 'updateApp', 'riskBlocked',
];

describe('messages of every error, field check and BankID state', () => {
  it('every error code of the contract and of the client has a message in all five languages', () => {
    expect(ERROR_CODES.length).to.be.greaterThan(20);
    for (const code of ERROR_CODES) {
      expectTranslated(code, (locale) => errorText(error(code), NOW, locale));
      expectTranslated(`${code} with a wait`, (locale) => errorText(error(code, { retryAt: NOW + 90_000, attemptsLeft: 2 }), NOW, locale));
    }
  });

  it('says how many attempts are left with the plural of the language', () => {
    const text = (locale: Locale, attemptsLeft: number) => inLanguage(locale, () => errorText(error('code_invalid', { attemptsLeft }), NOW, locale));
    expect(text('en', 1)).to.contain('1 more time.');
    expect(text('en', 3)).to.contain('3 more times.');
    expect(text('da', 1)).to.equal('Koden er forkert. Du har 1 forsøg tilbage.');
    expect(text('nb', 3)).to.equal('Koden er feil. Du har 3 forsøk igjen.');
    expect(text('sv', 2)).to.equal('Koden är fel. Du har 2 försök kvar.');
    // Finnish: the singular after 1, the partitive after other numbers.
    expect(text('fi', 1)).to.equal('Koodi on väärä. Sinulla on 1 yritys jäljellä.');
    expect(text('fi', 3)).to.equal('Koodi on väärä. Sinulla on 3 yritystä jäljellä.');
  });

  it('writes waiting times in words of the language', () => {
    const text = (locale: Locale) => inLanguage(locale, () => errorText(error('rate_limited', { retryAt: NOW + 15 * 60_000 }), NOW, locale));
    expect(text('en')).to.equal('Too many attempts. Try again in 15 minutes.');
    expect(text('da')).to.equal('For mange forsøg. Prøv igen om 15 minutter.');
    expect(text('nb')).to.equal('For mange forsøk. Prøv igjen om 15 minutter.');
    expect(text('sv')).to.equal('För många försök. Försök igen om 15 minuter.');
    expect(text('fi')).to.equal('Liian monta yritystä. Odota 15 minuuttia ja yritä sitten uudelleen.');
  });

  it('every field check has a message', () => {
    for (const reason of ['required', 'format', 'length', 'checksum', 'date', 'future', 'age', 'country', 'mismatch', 'policy', 'unknown']) {
      for (const field of ['identifier', 'password', 'confirm', 'email', 'code', 'channel', 'customerNumber']) {
        expectTranslated(`${field}: ${reason}`, () => fieldText(field, reason));
      }
    }
  });

  it("every BankID message, on this device and on another; Swedish as BankID's user messages", () => {
    for (const key of BANKID_KEYS) {
      for (const device of ['same', 'other'] as const) expectTranslated(`BankID ${key} (${device})`, () => bankIdText(key, device));
    }
    const sv = (key: BankIdMessageKey, device: 'same' | 'other' = 'same') => inLanguage('sv', () => bankIdText(key, device));
    expect(sv('rfa3')).to.equal('Åtgärden avbruten. Försök igen.');
    expect(sv('rfa5')).to.equal('Internt tekniskt fel. Försök igen.');
    expect(sv('rfa6')).to.equal('Åtgärden avbruten.');
    expect(sv('rfa9')).to.equal('Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.');
    expect(sv('rfa13')).to.equal('Försöker starta BankID-appen.');
    expect(sv('rfa16')).to.equal('Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.');
    expect(sv('rfa21')).to.equal('Identifiering eller underskrift pågår.');
    expect(sv('rfa22')).to.equal('Okänt fel. Försök igen.');
    expect(sv('rfa23')).to.equal('Fotografera och läs av din ID-handling med BankID-appen.');
  });
});
