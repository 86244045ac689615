/* F7a: customer number and personal identity number, and the e-mail to register. */
import { html } from 'lit';
import { msg } from '../../i18n/msg.js';
import { identifierCountry } from '../../validation/forms.js';
import { personalNumberTexts } from '../../ui/identifier.js';
import { actions, errorNotice, form, heading, lead, submitButton, text, textField } from '../../ui/form.js';
import { back, customerNumberField, emailField } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

export const emailRegistrationView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const { fields, error } = context;
  const busy = snapshot.hasTag('busy');
  const notice = errorNotice(error, context.now, locale);
  const country = identifierCountry(context.config);
  const texts = personalNumberTexts(country);
  const personalNumber = textField({
    name: 'personalNumber',
    label: texts.label,
    ...(texts.hint ? { hint: texts.hint } : {}),
    describe: texts.describe,
    inputmode: country === 'FI' ? 'text' : 'numeric',
    autocomplete: 'off',
    value: fields.personalNumber,
    error,
    busy,
  });
  return html`
    ${heading(msg('Register your e-mail address'))}
    ${lead(msg('The first time you sign in, tell us where to send your confirmation.'))} ${notice}
    ${form(
      {
        name: 'email-registration',
        busy,
        onSubmit: (data) =>
          send({
            type: 'emailRegistration.submit',
            customerNumber: text(data, 'customerNumber'),
            personalNumber: text(data, 'personalNumber'),
            email: text(data, 'email'),
          }),
      },
      html`${customerNumberField(snapshot)}
      ${personalNumber}
      ${emailField(snapshot, msg('E-mail address'))} ${actions(submitButton(msg('Register'), snapshot, locale), back(send))}`,
    )}
  `;
};
