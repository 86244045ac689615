/* F5: customer number and PIN from the invoice, with the user name and password to be. */
import { html } from 'lit';
import { msg } from '../../i18n/msg.js';
import { actions, errorNotice, form, heading, lead, secret, submitButton, text, textField } from '../../ui/form.js';
import { newPasswordFields } from '../../steps/set-password/set-password.view.js';
import { back, customerNumberField } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

// The new password's fields come from the password step, and their styles with them.
export { styles } from '../../steps/set-password/set-password.styles.js';

export const customerNumberRegistrationView: View = (snapshot, send, locale) => {
  const { context } = snapshot;
  const { fields, error } = context;
  const busy = snapshot.hasTag('busy');
  const notice = errorNotice(error, context.now, locale);
  return html`
    ${heading(msg('Register with customer number and PIN'))}
    ${lead(msg('You find your customer number and PIN on your invoice or in the letter we sent you.'))} ${notice}
    ${form(
      {
        name: 'customer-number-registration',
        busy,
        onSubmit: (data) =>
          send({
            type: 'customerNumberRegistration.submit',
            customerNumber: text(data, 'customerNumber'),
            pin: secret(data, 'pin'),
            email: text(data, 'email'),
            password: secret(data, 'password'),
            confirm: secret(data, 'confirm'),
          }),
      },
      html`${customerNumberField(snapshot)}
      ${textField({ name: 'pin', label: msg('PIN'), type: 'password', inputmode: 'numeric', autocomplete: 'off', error, busy })}
      ${textField({
        name: 'email',
        label: msg('E-mail address (your user name)'),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'username',
        value: fields.email,
        error,
        busy,
      })}
      ${newPasswordFields(context.config?.passwordPolicy, error, busy)} ${actions(submitButton(msg('Register'), snapshot, locale), back(send))}`,
    )}
  `;
};
