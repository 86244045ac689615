/* F7b: the customer number a link to choose a password is mailed for, if we know it. */
import { msg } from '../../i18n/msg.js';
import { text, textField } from '../../ui/form.js';
import { startFormPage } from '../../ui/start-form.js';
import type { View } from '../../ui/view.js';

export const passwordLinkView: View = (snapshot, send, locale) =>
  startFormPage(snapshot, send, locale, {
    title: msg('Create or reset your password'),
    intro: msg('Enter your customer number. If we know it, we e-mail you a link to choose a password.'),
    name: 'password-link',
    field: textField({
      name: 'customerNumber',
      label: msg('Customer number'),
      inputmode: 'numeric',
      autocomplete: 'username',
      value: snapshot.context.fields.customerNumber,
      error: snapshot.context.error,
      busy: snapshot.hasTag('busy'),
    }),
    submit: msg('Send link'),
    onSubmit: (data) => send({ type: 'passwordLink.submit', customerNumber: text(data, 'customerNumber') }),
  });
