/* F4: the mobile number the company has for the user, and a birth date. */
import { html } from 'lit';
import { msg } from '../../i18n/msg.js';
import { datePattern } from '../../i18n/format.js';
import { actions, errorNotice, form, heading, lead, submitButton, text, textField } from '../../ui/form.js';
import { phoneFields } from '../../steps/phone/phone.view.js';
import { back } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

// The phone fields come from the phone step, and their styles with them.
export { styles } from '../../steps/phone/phone.styles.js';

export const mobileRegistrationView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const { fields, error } = context;
  const busy = snapshot.hasTag('busy');
  const notice = errorNotice(error, context.now, locale);
  return html`
    ${heading(msg('Register with your mobile number'))}
    ${lead(msg('Use the mobile number we have for you. We send a code to it by text message.'))} ${notice}
    ${form(
      {
        name: 'mobile-registration',
        busy,
        onSubmit: (data) =>
          send({
            type: 'mobileRegistration.submit',
            countryCode: text(data, 'countryCode'),
            nationalNumber: text(data, 'nationalNumber'),
            birthDate: text(data, 'birthDate'),
          }),
      },
      html`${phoneFields({ locale, countryCode: fields.countryCode ?? context.config?.phone.defaultCountry, nationalNumber: fields.nationalNumber, error, busy })}
      ${textField({
        name: 'birthDate',
        label: msg('Date of birth'),
        // A text field in the page's language's format; a date input would show the browser's.
        hint: datePattern(locale),
        inputmode: 'numeric',
        autocomplete: 'bday',
        value: fields.birthDate,
        error,
        busy,
      })}
      ${actions(submitButton(msg('Send code'), snapshot, locale), back(send))}`,
    )}
  `;
};
