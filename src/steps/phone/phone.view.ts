/*
 * Phone numbers: a country-code picker with the countries' names in the widget's
 * language (not flags, which screen readers read poorly), the tenant's country
 * preselected, beside the national number. F3's phone enrolment uses it, and F4 and F6.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import { intlLocale } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale-controller.js';
import { MOBILE_RULES, NORDIC_COUNTRY_CODES, type NordicCountryCode } from '../../validation/mobile-number.js';
import type { ErrorInfo } from '../../shell/types.js';
import { actions, backButton, errorNotice, form, heading, lead, submitButton, text, textField } from '../../ui/form.js';
import type { View } from '../../ui/view.js';
import { mobileDescribe } from '../../ui/identifier.js';

export { styles } from './phone.styles.js';

/** The Nordic countries by name in the widget's language, each with its calling code. */
function countries(locale: Locale): { code: NordicCountryCode; label: string }[] {
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region' });
  const collator = new Intl.Collator(intlLocale(locale));
  return NORDIC_COUNTRY_CODES.map((code) => {
    const region = MOBILE_RULES[code].country;
    return { code, label: `${names.of(region) ?? region} (${code})` };
  }).sort((a, b) => collator.compare(a.label, b.label));
}

export function phoneFields(o: {
  locale: Locale;
  countryCode: string | undefined;
  nationalNumber: string | undefined;
  error: ErrorInfo | undefined;
  busy: boolean;
}): TemplateResult {
  return html`<div class="phone">
    <div class="field country" part="field">
      <label for="nl-countryCode" part="label">${msg('Country code')}</label>
      <select id="nl-countryCode" name="countryCode" part="select" autocomplete="tel-country-code">
        ${countries(o.locale).map((c) => html`<option value=${c.code} ?selected=${c.code === o.countryCode}>${c.label}</option>`)}
      </select>
    </div>
    ${textField({
      name: 'nationalNumber',
      label: msg('Mobile number'),
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel-national',
      value: o.nationalNumber,
      error: o.error,
      busy: o.busy,
      // The rule of the country the number was checked against ("A Danish mobile number has 8 digits.").
      describe: mobileDescribe(o.countryCode),
    })}
  </div>`;
}

export const enrolPhoneView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  return html`
    ${heading(msg('Add your mobile number'))}
    ${lead(msg('We send a code by text message to this number now, and when you sign in later.'))}
    ${errorNotice(context.error, context.now, locale)}
    ${form(
      {
        name: 'enrol-phone',
        busy,
        onSubmit: (data) => send({ type: 'phone.submit', countryCode: text(data, 'countryCode'), nationalNumber: text(data, 'nationalNumber') }),
      },
      html`${phoneFields({
        locale,
        countryCode: context.fields.countryCode ?? context.config?.phone.defaultCountry,
        nationalNumber: context.fields.nationalNumber,
        error: context.error,
        busy,
      })}
      ${actions(submitButton(msg('Send code'), snapshot, locale), backButton(send))}`,
    )}
  `;
};
